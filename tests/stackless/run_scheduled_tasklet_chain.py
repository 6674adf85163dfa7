# Checks: t.run() on a tasklet that is already in the runqueue switches to it
# but leaves main at its place, so the tasklets after t run before main comes
# back (tasklets.rst run() example). Queue: main, t1, t2, t3.
import stackless
def f(name):
    for i in range(2):
        print(name, i)
        stackless.schedule()
t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t3 = stackless.tasklet(f)("t3")
t1.run()
print("back in main")
t2.run()
print("back again")
stackless.run()
print("done")
