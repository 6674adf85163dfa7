# Realistic: a reusable barrier built on a channel. Workers run three phases;
# nobody starts phase k+1 before everybody finished phase k.
import stackless
class Barrier:
    def __init__(self, n):
        self.n = n
        self.count = 0
        self.ch = stackless.channel()
    def wait(self):
        self.count += 1
        if self.count == self.n:
            self.count = 0
            for i in range(self.n - 1):   # waiters are served FIFO
                self.ch.send(None)
        else:
            self.ch.receive()
log = []
barrier = Barrier(4)
def worker(name, work):
    for phase in range(3):
        for i in range(work):
            stackless.schedule()
        log.append((phase, name))
        barrier.wait()
for name, work in (("w1", 3), ("w2", 1), ("w3", 0), ("w4", 2)):
    stackless.tasklet(worker)(name, work)
stackless.run()
phases = [p for p, n in log]
print(phases == sorted(phases), len(log))
for phase in range(3):
    print(phase, sorted(n for p, n in log if p == phase))
