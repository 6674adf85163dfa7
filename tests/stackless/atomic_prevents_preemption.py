# Checks: while a tasklet is atomic (stackless.atomic() block) the watchdog
# cannot interrupt it; the interrupt happens only after the block, in the
# infinite loop. Independent of the exact instruction count: the atomic loop
# is far longer than the 200-instruction timeout.
import stackless
log = []
def worker():
    with stackless.atomic():
        n = 0
        for i in range(5000):
            n += 1
        log.append(n)
    while True:
        pass
w = stackless.tasklet(worker)()
v = stackless.run(200)
print(v is w, log, w.atomic, w.alive, w.scheduled)
w.kill()
print(w.alive)
