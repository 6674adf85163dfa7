# Checks: preference 1, sender meets a waiting receiver: the sender continues;
# the receiver is appended to the runqueue after X.
import stackless
ch = stackless.channel()
ch.preference = 1
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
