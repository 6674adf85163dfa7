# Checks: an uncaught exception in a tasklet ends it and is re-raised in main
# out of stackless.run(); the tasklets not yet run stay in the runqueue and
# run at the next run().
import stackless
def bad():
    print("bad starts")
    raise ValueError("boom")
def good(name):
    print("good", name)
stackless.tasklet(good)("one")
b = stackless.tasklet(bad)()
stackless.tasklet(good)("two")
try:
    stackless.run()
except ValueError as e:
    print("main caught", repr(e))
print(b.alive, stackless.getruncount())
stackless.run()
print("end", stackless.getruncount())
