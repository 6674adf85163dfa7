# realistic context managers: transactions, timers (not printed), indentation, locks
class Transaction:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.db
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.db.clear()
            self.db.update(self.snapshot)
            print(f"  rollback due to {et.__name__}: {ev}")
            return True
        print("  commit")
        return False
db = {"alice": 100, "bob": 50}
with Transaction(db) as d:
    d["alice"] -= 30
    d["bob"] += 30
print(db)
with Transaction(db) as d:
    d["alice"] -= 500
    if d["alice"] < 0:
        raise ValueError("overdraft")
print(db)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)
ind = Indenter()
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind:
            ind.say("level 3")
    ind.say("back to 1")
ind.say("level 0")
import time
class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, *a):
        self.elapsed = time.perf_counter() - self.start
with Timer() as tm:
    sum(range(1000))
print(type(tm.elapsed).__name__, tm.elapsed >= 0)
class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
    def __exit__(self, *a):
        self.held = False
lock = Lock()
with lock:
    print("held:", lock.held)
    try:
        with lock:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print("held:", lock.held)
