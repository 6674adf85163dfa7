# Checks: preference 0, receiver meets a waiting sender: no switch, the
# receiver continues and the sender is appended to the runqueue.
import stackless
ch = stackless.channel()
ch.preference = 0
def S():
    print("S sends")
    ch.send("v")
    print("S after send")
def R():
    print("R receives")
    print("R got", ch.receive())
def X():
    print("X runs")
stackless.tasklet(S)()
stackless.tasklet(R)()
stackless.tasklet(X)()
stackless.run()
