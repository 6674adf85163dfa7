# priority-queue task scheduler implemented with a hand-written binary heap
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.items)
class Task:
    def __init__(self, name, priority, duration, deps=()):
        self.name, self.priority, self.duration, self.deps = name, priority, duration, set(deps)
    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, d={self.duration})"
class Scheduler:
    def __init__(self, tasks):
        self.tasks = {t.name: t for t in tasks}
        self.done = []
        self.time = 0
        self.seq = 0
    def run(self):
        ready = Heap()
        waiting = dict(self.tasks)
        def release():
            for name in sorted(waiting):
                t = waiting[name]
                if t.deps <= set(self.done):
                    ready.push((t.priority, self.seq, name))
                    self.seq += 1
                    del waiting[name]
        release()
        while ready:
            prio, _, name = ready.pop()
            t = self.tasks[name]
            start = self.time
            self.time += t.duration
            self.done.append(name)
            print(f"t={start:3d}..{self.time:3d}  {name:<10} prio={prio}")
            release()
        if waiting:
            print("blocked:", sorted(waiting))
tasks = [Task("fetch", 2, 5), Task("parse", 1, 3, ["fetch"]), Task("index", 3, 4, ["parse"]),
         Task("thumbs", 5, 2, ["fetch"]), Task("email", 4, 1), Task("report", 1, 6, ["index", "thumbs"]),
         Task("backup", 9, 10), Task("orphan", 1, 1, ["ghost"])]
sch = Scheduler(tasks)
sch.run()
print("order:", sch.done)
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
