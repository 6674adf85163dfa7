# exceptions raised in __init__, in properties, in dunder methods
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
    def __repr__(self):
        return f"Strict({self.v})"
objs = []
for v in [1, -2, 3]:
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("init failed:", e)
print(objs)
class Partial:
    created = []
    def __init__(self, fail):
        self.a = 1
        Partial.created.append(self)
        if fail:
            raise RuntimeError("half built")
        self.b = 2
try:
    Partial(True)
except RuntimeError as e:
    print(e, len(Partial.created), vars(Partial.created[0]))
class Bad:
    @property
    def broken(self):
        return 1 / 0
    def __len__(self):
        raise TypeError("no len")
    def __getitem__(self, i):
        raise KeyError(i)
b = Bad()
for fn in [lambda: b.broken, lambda: len(b), lambda: b["x"], lambda: b[0]]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
class WrongArgs:
    def __init__(self, a, b):
        pass
try:
    WrongArgs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    WrongArgs(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(5)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
