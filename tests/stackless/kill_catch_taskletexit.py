# Checks: TaskletExit raised by kill() is not caught by "except Exception" but
# can be caught explicitly; re-raising it ends the tasklet silently.
import stackless
def f():
    try:
        try:
            stackless.schedule()
        except Exception:
            print("wrongly caught as Exception")
    except TaskletExit as e:
        print("caught TaskletExit", type(e).__name__)
        raise
t = stackless.tasklet(f)()
stackless.schedule()
t.kill()
print("main continues", t.alive)
