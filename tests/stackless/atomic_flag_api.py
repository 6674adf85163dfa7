# Checks: set_atomic() returns the previous value; the atomic attribute; the
# stackless.atomic() context manager sets and restores it (also nested, and
# when an exception leaves the block).
import stackless
t = stackless.current
print(t.atomic)
print(t.set_atomic(True), t.atomic)
print(t.set_atomic(True), t.atomic)
print(t.set_atomic(False), t.atomic)
with stackless.atomic():
    print("in", t.atomic)
    with stackless.atomic():
        print("nested", t.atomic)
    print("after nested", t.atomic)
print("out", t.atomic)
try:
    with stackless.atomic():
        raise ValueError("x")
except ValueError:
    print("after exception", t.atomic)
