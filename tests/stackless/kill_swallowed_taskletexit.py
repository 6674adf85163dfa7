# Checks: a tasklet may swallow TaskletExit and keep running; it then finishes
# normally (here: it runs on and ends before kill() returns to main).
import stackless
def f():
    try:
        stackless.schedule()
    except TaskletExit:
        print("ignoring kill")
    print("still running")
t = stackless.tasklet(f)()
stackless.schedule()
t.kill()
print("main:", t.alive)
