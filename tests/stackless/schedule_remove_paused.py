# Checks: schedule_remove() takes the current tasklet out of the runqueue
# (paused: alive, not scheduled); run() returns; insert() makes it runnable.
import stackless
def f():
    print("f before")
    stackless.schedule_remove()
    print("f after")
t = stackless.tasklet(f)()
stackless.run()
print(t.alive, t.scheduled, t.paused, stackless.getruncount())
t.insert()
print(t.scheduled, t.paused, stackless.getruncount())
stackless.run()
print(t.alive, t.scheduled, t.paused)
