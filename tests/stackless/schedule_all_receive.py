# Checks: schedule_all=1 on receive from a waiting sender: the sender is
# appended, the receiver yields to the next tasklet: X, then S, then R.
import stackless
ch = stackless.channel()
ch.schedule_all = 1
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
