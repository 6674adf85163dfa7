# Checks: a tasklet that ran to completion can be bound to a new function and
# set up again; it keeps its identity.
import stackless
def f():
    print("first function")
def g(x):
    print("second function", x)
t = stackless.tasklet(f)()
stackless.run()
print(t.alive)
t.bind(g)
t.setup("again")
print(t.alive, t.scheduled)
stackless.run()
print(t.alive)
