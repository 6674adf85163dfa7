# Checks: schedule_all=1 overrides preference: on send to a waiting receiver
# the receiver is appended and the sender yields to the next tasklet (X).
# Queue after R blocks: S, X -> S, X, R; switch to X; then R; then S.
import stackless
ch = stackless.channel()
ch.preference = 1
ch.schedule_all = 1
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
