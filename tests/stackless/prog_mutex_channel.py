# Realistic: a mutex built on a channel. Workers increment a shared counter
# with a read / schedule() / write sequence, which loses updates without the
# lock. With the lock no update is lost and at most one worker is inside.
import stackless
class Mutex:
    def __init__(self):
        self.ch = stackless.channel()
        self.locked = False
    def acquire(self):
        if self.locked:
            self.ch.receive()          # woken up already owning the lock
        else:
            self.locked = True
    def release(self):
        if self.ch.balance < 0:
            self.ch.send(None)         # hand the lock to the first waiter
        else:
            self.locked = False
counter = {"locked": 0, "unlocked": 0}
inside = [0, 0]
m = Mutex()
def locked_worker(k):
    for _ in range(k):
        m.acquire()
        inside[0] += 1
        inside[1] = max(inside[1], inside[0])
        v = counter["locked"]
        stackless.schedule()
        counter["locked"] = v + 1
        inside[0] -= 1
        m.release()
def unlocked_worker(k):
    for _ in range(k):
        v = counter["unlocked"]
        stackless.schedule()
        counter["unlocked"] = v + 1
for i in range(4):
    stackless.tasklet(locked_worker)(5)
    stackless.tasklet(unlocked_worker)(5)
stackless.run()
print("with lock:", counter["locked"], "max inside:", inside[1])
print("without lock lost updates:", counter["unlocked"] < 20)
print("lock free at end:", not m.locked, m.ch.balance)
