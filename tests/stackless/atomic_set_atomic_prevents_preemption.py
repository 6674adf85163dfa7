# Checks: the same protection with tasklet.set_atomic(True)/set_atomic(old).
import stackless
log = []
def worker():
    old = stackless.current.set_atomic(True)
    total = 0
    for i in range(5000):
        total += i
    log.append(total)
    stackless.current.set_atomic(old)
    while True:
        pass
w = stackless.tasklet(worker)()
v = stackless.run(200)
print(v is w, log)
w.kill()
