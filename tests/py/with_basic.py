# with statement: __enter__/__exit__ order, as-binding, exceptions passing through
class Tracker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return False
log = []
with Tracker("a", log) as t:
    log.append(f"body with {t.name}")
print(log)
log = []
try:
    with Tracker("b", log):
        log.append("about to fail")
        raise ValueError("boom")
        log.append("not reached")
except ValueError as e:
    log.append(f"caught {e}")
print(log)
log = []
with Tracker("outer", log) as o, Tracker("inner", log) as i:
    log.append(f"body {o.name}+{i.name}")
print(log)
log = []
with Tracker("x", log):
    with Tracker("y", log):
        log.append("nested body")
print(log)
def use_in_function():
    log = []
    with Tracker("f", log):
        return log
print(use_in_function())
log = []
for i in range(3):
    with Tracker(f"loop{i}", log):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body0")
print(log)
class ReturnsOther:
    def __enter__(self):
        return "entered value"
    def __exit__(self, *args):
        print("exit args:", args)
with ReturnsOther() as v:
    print(v)
log = []
with Tracker("noas", log):
    pass
print(log)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
