# Checks: attributes of a tasklet that ran to completion, and of one that was
# killed before it ever ran: both are dead, unscheduled, not paused.
import stackless
def f():
    print("running", stackless.current.alive, stackless.current.scheduled)
t = stackless.tasklet(f)()
stackless.run()
print(t.alive, t.scheduled, t.paused, t.blocked, t.is_current)
print(t.next, t.prev)
k = stackless.tasklet(f)()
k.kill()
print(k.alive, k.scheduled, k.paused, k.blocked)
