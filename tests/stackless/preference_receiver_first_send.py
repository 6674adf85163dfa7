# Checks: preference -1 (default), sender meets a waiting receiver: the
# receiver runs immediately, the sender is put after X (end of the queue).
# Queue during run: R, S, X. R blocks; S sends -> R runs; then X; then S.
import stackless
ch = stackless.channel()
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
