# Checks: raise_exception()/throw() with a non-TaskletExit exception on a dead
# tasklet raise RuntimeError; TaskletExit on a dead tasklet is accepted.
import stackless
def f():
    pass
t = stackless.tasklet(f)()
stackless.run()
try:
    t.raise_exception(ValueError, "late")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.throw(ValueError("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
t.throw(TaskletExit)
t.raise_exception(TaskletExit)
print("TaskletExit accepted")
