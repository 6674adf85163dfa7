# Checks: preference -1, receiver meets a waiting sender: the receiver
# continues; the sender is appended to the runqueue (after X).
import stackless
ch = stackless.channel()
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
