# Checks: throwing (not pending) an ordinary exception into a tasklet that has
# not started: its body never runs, the exception is uncaught in it and so
# comes back to main out of the throw() call itself.
import stackless
def f():
    print("body runs")
t = stackless.tasklet(f)()
try:
    t.throw(IndexError("early"))
except IndexError as e:
    print("main caught", e)
print(t.alive, stackless.getruncount())
