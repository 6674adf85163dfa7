# subclassing builtin types: list, dict, str, int, Exception
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__, s + [9], sum(s))
class CountingDict(dict):
    def __missing__(self, key):
        return 0
    def inc(self, key):
        self[key] = self[key] + 1
cd = CountingDict()
for ch in "banana":
    cd.inc(ch)
print(cd, cd["zzz"], len(cd), sorted(cd.items()), isinstance(cd, dict))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
ad = AttrDict(x=1, y=2)
print(ad.x, ad.y, ad, hasattr(ad, "z"), ad.get("x"))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u + " world", isinstance(u, str), u == "hello", u[1:3])
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(42)
print(repr(m), m + 1, m * 2, m > 40, int(m), str(m), [m])
class Path(tuple):
    def length(self):
        return sum(abs(b - a) for a, b in zip(self, self[1:]))
p = Path((0, 3, 1, 7))
print(p, p.length(), len(p), p[1:], isinstance(p, tuple))
class HttpError(Exception):
    def __init__(self, code, msg="error"):
        super().__init__(f"{code} {msg}")
        self.code = code
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, f"not found: {path}")
try:
    raise NotFound("/x")
except HttpError as e:
    print(e, e.code, e.args, repr(e))
class Default(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else self.default
dd = Default("?", a=1)
print(dd["a"], dd["b"], dd, dd.default)
