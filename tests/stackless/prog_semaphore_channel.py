# Realistic: a counting semaphore (2 permits) built on a channel; 6 workers
# each hold a permit across two schedule() calls. At most 2 are ever inside
# and all finish.
import stackless
class Semaphore:
    def __init__(self, n):
        self.n = n
        self.ch = stackless.channel()
    def acquire(self):
        if self.n > 0:
            self.n -= 1
        else:
            self.ch.receive()
    def release(self):
        if self.ch.balance < 0:
            self.ch.send(None)
        else:
            self.n += 1
sem = Semaphore(2)
state = {"inside": 0, "max": 0, "done": []}
def worker(name):
    sem.acquire()
    state["inside"] += 1
    state["max"] = max(state["max"], state["inside"])
    stackless.schedule()
    stackless.schedule()
    state["inside"] -= 1
    state["done"].append(name)
    sem.release()
for i in range(6):
    stackless.tasklet(worker)("w%d" % i)
stackless.run()
print("max inside:", state["max"])
print("finished:", sorted(state["done"]))
print("permits:", sem.n, "waiting:", sem.ch.balance)
