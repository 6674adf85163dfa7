# Checks: getruncount()/runcount count runnable tasklets including the current
# one. While main is inside run() it is not in the runqueue.
import stackless
print(stackless.getruncount(), stackless.runcount)
def f(name):
    print(name, stackless.getruncount(), stackless.runcount)
a = stackless.tasklet(f)("a")
b = stackless.tasklet(f)("b")
print(stackless.getruncount())
stackless.run()
print(stackless.getruncount())
c = stackless.tasklet(f)("c")
stackless.schedule()
print(stackless.runcount)
