# Checks: kill() on a tasklet that already finished, and on one that was never
# set up, does nothing and raises nothing.
import stackless
def f():
    print("f ran")
t = stackless.tasklet(f)()
stackless.run()
t.kill()
t.kill(pending=True)
stackless.tasklet().kill()
stackless.tasklet(f).kill()
print("no error", t.alive)
