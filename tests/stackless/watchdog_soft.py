# Checks: run(timeout, soft=True) never preempts: the running tasklet finishes
# its slice, and at its next schedule() run() returns None; the tasklet stays
# scheduled. Each slice (500 loop iterations) is longer than the timeout.
import stackless
log = []
def worker():
    while True:
        for i in range(500):
            pass
        log.append("slice")
        stackless.schedule()
t = stackless.tasklet(worker)()
r = stackless.run(100, soft=True)
print(r, t.alive, t.scheduled, t.paused, len(log))
r = stackless.run(100, soft=True)
print(r, len(log))
t.kill()
print(t.alive)
