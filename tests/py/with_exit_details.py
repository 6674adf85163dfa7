# __exit__ receives the exception type, value and traceback; return values and re-raising
class Inspect:
    def __init__(self, swallow=False):
        self.swallow = swallow
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.swallow
for exc, swallow in [(None, False), (ValueError("v"), True), (KeyError("k"), True), (TypeError("t"), False)]:
    cm = Inspect(swallow)
    try:
        with cm:
            if exc is not None:
                raise exc
    except Exception as e:
        print("escaped:", type(e).__name__, end=" | ")
    print(cm.seen)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__ if et else None}")
for inner in [None, ValueError("orig")]:
    try:
        with ExitRaises():
            if inner:
                raise inner
    except RuntimeError as e:
        print(e, "| context:", repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except ValueError as e:
    print("enter failed:", e)
order = []
class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        order.append(f"enter {self.n}")
        return self.n
    def __exit__(self, et, *a):
        order.append(f"exit {self.n} ({et.__name__ if et else 'ok'})")
        return self.n == "outer"
with Named("outer") as a, Named("inner") as b:
    order.append(f"body {a} {b}")
    raise ZeroDivisionError
print(order)
def gen_in_with():
    with Named("g"):
        yield 1
        yield 2
order.clear()
g = gen_in_with()
print(next(g), order)
g.close()
print(order)
