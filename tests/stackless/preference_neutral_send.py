# Checks: preference 0, sender meets a waiting receiver: no switch, the
# sender continues and the receiver is appended to the runqueue.
import stackless
ch = stackless.channel()
ch.preference = 0
def R():
    print("R waits")
    print("R got", ch.receive())
def S():
    print("S sends")
    ch.send("v")
    print("S after send")
def X():
    print("X runs")
stackless.tasklet(R)()
stackless.tasklet(S)()
stackless.tasklet(X)()
stackless.run()
