# Checks: run(timeout) interrupts a tasklet stuck in an infinite loop and
# returns it; the victim is alive, no longer scheduled (paused), not blocked,
# and only main is left in the runqueue.
import stackless
counter = [0]
def spin():
    while True:
        counter[0] += 1
t = stackless.tasklet(spin)()
v = stackless.run(500)
print(v is t, t.alive, t.scheduled, t.paused, t.blocked)
print(counter[0] > 0, stackless.getruncount(), stackless.main.scheduled)
t.kill()
print(t.alive)
