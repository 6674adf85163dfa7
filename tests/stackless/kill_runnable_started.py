# Checks: kill() on a started tasklet that is waiting in the runqueue (it
# called schedule()) raises TaskletExit at its schedule() call; its finally
# runs before kill() returns.
import stackless
def f():
    try:
        print("step 1")
        stackless.schedule()
        print("never")
    finally:
        print("cleanup")
t = stackless.tasklet(f)()
stackless.schedule()
print("main: t scheduled", t.scheduled)
t.kill()
print("main: t alive", t.alive)
