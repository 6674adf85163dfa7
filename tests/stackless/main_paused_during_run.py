# Checks: while main executes stackless.run() it is removed from the runqueue:
# paused True, scheduled False; after run() it is scheduled again.
import stackless
m = stackless.main
def f():
    print("in run:", m.alive, m.paused, m.scheduled, m.blocked)
stackless.tasklet(f)()
print("before:", m.alive, m.paused, m.scheduled)
stackless.run()
print("after:", m.paused, m.scheduled)
