# Checks: setup() on an alive tasklet raises RuntimeError("tasklet is alive").
import stackless
def f():
    print("f ran")
t = stackless.tasklet(f)()
try:
    t.setup()
except RuntimeError as e:
    print("RuntimeError:", e)
stackless.run()
