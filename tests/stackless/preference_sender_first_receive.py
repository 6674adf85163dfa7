# Checks: preference 1, receiver meets a waiting sender: the sender runs
# immediately; the receiver is placed just before it, i.e. after X.
# Queue after S blocks: R, X. R receives -> order becomes R, S, X and S runs;
# then X; then R (which already holds the value).
import stackless
ch = stackless.channel()
ch.preference = 1
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
