# Checks: a pending throw into a not-yet-started tasklet: throw() returns;
# when run() reaches the tasklet the exception propagates out of run(); g,
# queued after it, stays runnable and runs at the next run().
import stackless
def f():
    print("body runs")
def g():
    print("g runs")
t = stackless.tasklet(f)()
stackless.tasklet(g)()
t.throw(IndexError("later"), pending=True)
print("throw returned")
try:
    stackless.run()
except IndexError as e:
    print("run raised", e)
stackless.run()
print("end")
