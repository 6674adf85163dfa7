# Checks: remove() takes a runnable tasklet out of the runqueue (it returns the
# tasklet); it does not run until insert()ed again.
import stackless
def f(name):
    print("run", name)
a = stackless.tasklet(f)("a")
b = stackless.tasklet(f)("b")
print(a.remove() is a, a.paused, a.scheduled, stackless.getruncount())
stackless.run()
print("a alive:", a.alive)
a.insert()
stackless.run()
print("a alive:", a.alive)
