# __getattr__ fallback, __call__, dynamic attributes with setattr/getattr/delattr
class Record:
    def __init__(self, **fields):
        self._fields = fields
        self.real = "real attr"
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"Record has no field {name!r}")
    def __repr__(self):
        return f"Record({self._fields})"
r = Record(a=1, b="two")
print(r.a, r.b, r.real, getattr(r, "a"), getattr(r, "zz", "default"), hasattr(r, "b"), hasattr(r, "zz"))
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *more):
        self.calls += 1
        return x * self.k if not more else [v * self.k for v in (x,) + more]
m = Multiplier(3)
print(m(5), m(1, 2, 3), m.calls, callable(m), callable(Multiplier), callable(r))
print(list(map(m, [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))
class Obj:
    def __repr__(self):
        return "Obj(" + ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items())) + ")"
o = Obj()
for name, val in [("x", 1), ("y", 2), ("label", "hi")]:
    setattr(o, name, val)
print(o, getattr(o, "label"), o.x + o.y)
delattr(o, "y")
print(o, hasattr(o, "y"))
try:
    delattr(o, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, p.count(1))
print(getattr(5, "bit_length")(), getattr("abc", "upper")())
