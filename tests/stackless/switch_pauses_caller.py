# Checks: t.switch() removes the caller (main) from the runqueue while the
# others run (main.scheduled False); when the runqueue empties main is woken.
import stackless
def f(name):
    for i in range(2):
        print(name, i, stackless.main.scheduled, stackless.main.paused)
        stackless.schedule()
t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t1.switch()
print("main resumed", stackless.main.scheduled, stackless.getruncount())
