# context managers that suppress exceptions, and ones that transform them
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError) as s:
    {}["nope"]
    print("not reached")
print("suppressed:", repr(s.caught))
with Suppress(ValueError, TypeError) as s:
    int("x")
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with Suppress(Exception) as s:
    pass
print("nothing caught:", s.caught)
class Transform:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError("transformed") from ev
try:
    with Transform():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "cause", repr(e.__cause__))
def loop_with_suppress():
    results = []
    for v in ["1", "x", "3", None, "5"]:
        with Suppress(ValueError, TypeError):
            results.append(int(v))
    return results
print(loop_with_suppress())
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("after truthy")
def func_with_return():
    with Suppress(IndexError):
        return [][1]
    return "fell through after suppression"
print(func_with_return())
count = 0
while count < 3:
    with Suppress(StopIteration):
        count += 1
        raise StopIteration
print("count", count)
