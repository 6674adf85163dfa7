# print spooler: job queue with priorities, cancellation, pages-per-tick processing, reporting
from collections import deque
class Job:
    ids = 0
    def __init__(self, owner, pages, priority=False):
        Job.ids += 1
        self.id, self.owner, self.pages, self.priority = Job.ids, owner, pages, priority
        self.done = 0
    def __repr__(self):
        return f"#{self.id}({self.owner},{self.done}/{self.pages}{',P' if self.priority else ''})"
class Spooler:
    def __init__(self, speed):
        self.speed = speed
        self.high, self.normal = deque(), deque()
        self.current = None
        self.finished = []
        self.tick_count = 0
    def submit(self, job):
        (self.high if job.priority else self.normal).append(job)
        return job.id
    def cancel(self, jid):
        for q in (self.high, self.normal):
            for j in q:
                if j.id == jid:
                    q.remove(j)
                    return f"cancelled {j}"
        if self.current and self.current.id == jid:
            j, self.current = self.current, None
            return f"aborted {j}"
        return f"no job {jid}"
    def tick(self):
        self.tick_count += 1
        budget = self.speed
        out = []
        while budget:
            if self.current is None:
                if self.high:
                    self.current = self.high.popleft()
                elif self.normal:
                    self.current = self.normal.popleft()
                else:
                    break
            n = min(budget, self.current.pages - self.current.done)
            self.current.done += n
            budget -= n
            if self.current.done == self.current.pages:
                self.finished.append((self.tick_count, self.current))
                out.append(repr(self.current))
                self.current = None
        return out
sp = Spooler(speed=4)
plan = {1: [("ann", 6), ("bob", 2)], 2: [("cy", 9, True)], 3: [("di", 1)], 5: [("ed", 12), ("boss", 3, True)], 7: []}
for t in range(1, 12):
    for args in plan.get(t, []):
        sp.submit(Job(*args))
    if t == 4:
        print("t=4", sp.cancel(4))
    if t == 6:
        print("t=6", sp.cancel(99), sp.cancel(5))
    done = sp.tick()
    print(f"t={t:2d} printing={sp.current} queued={list(sp.high) + list(sp.normal)} done={done}")
print([(t, j.id) for t, j in sp.finished])
print("pages printed:", sum(j.pages for _, j in sp.finished))
