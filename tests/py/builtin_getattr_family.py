# getattr, setattr, hasattr, delattr, callable, vars
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
    def method(self):
        return "called"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
print(getattr(c, "method")(), getattr(Config, "method")(c))
setattr(c, "debug", True)
setattr(c, "new_attr", [1, 2])
print(c.debug, Config.debug, c.new_attr, sorted(vars(c)))
print(hasattr(c, "name"), hasattr(c, "method"), hasattr(c, "nothing"), hasattr(Config, "name"))
delattr(c, "debug")
print(c.debug, "debug" in vars(c))
setattr(Config, "added", 99)
print(c.added, Config.added)
for name in ["upper", "split", "nope"]:
    print(name, hasattr("s", name), callable(getattr("s", name, None)))
print(callable(len), callable(Config), callable(c), callable(c.method), callable(None), callable("s"), callable(lambda: 0))
fields = {"x": 1, "y": 2, "z": 3}
class P:
    pass
p = P()
for k, v in fields.items():
    setattr(p, k, v * 10)
print(vars(p), [getattr(p, k) for k in "xyz"])
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr([1], "__len__")(), getattr("x", "__class__").__name__)
attr = "dyn"
setattr(p, attr + "_1", "a")
print(p.dyn_1, getattr(p, "dyn_" + "1"))
class Lookup:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)
l = Lookup()
print(l.get_thing(), hasattr(l, "get_x"), hasattr(l, "other"), getattr(l, "other", "dflt"))
