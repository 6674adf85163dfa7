# vars(), dir() filtered to public names, __dict__, __class__
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.a = 1
        self.b = [2]
        self._hidden = 3
    def method(self):
        return self.a
    @property
    def prop(self):
        return 5
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
t = Thing()
print(vars(t))
print(t.__dict__ == vars(t), sorted(t.__dict__))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("_")])
print([n for n in dir(Base) if not n.startswith("_")])
t.c = "new"
print([n for n in dir(t) if not n.startswith("_")])
print(t.__class__.__name__, t.__class__.__bases__[0].__name__, type(t).__mro__[-1].__name__)
print("method" in Thing.__dict__, "base_method" in Thing.__dict__, "base_method" in Base.__dict__)
v = vars(t)
v["d"] = 4
print(t.d)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print("a" in dir(t), "zzz" in dir(t), "append" in dir([]), "upper" in dir(""))
print([n for n in dir(5) if n in ("bit_length", "real", "imag")])
