# Checks: switch() to a paused tasklet (bound with args) runs it while the
# caller is paused; the target re-inserts main and then finishes.
import stackless
def target():
    print("target sees main paused:", stackless.main.paused)
    stackless.main.insert()
    print("target inserted main:", stackless.main.scheduled)
t = stackless.tasklet(target)
t.bind(args=())
print(t.paused)
t.switch()
print("main resumed", t.alive)
