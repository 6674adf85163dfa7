# exception args, str() and repr(), KeyError quirk
cases = [Exception(), Exception("msg"), Exception("a", 2), Exception(None), ValueError("bad value"),
         KeyError("a"), KeyError(), KeyError("a", "b"), KeyError(5), IndexError("idx"), TypeError(3.5),
         RuntimeError(""), ZeroDivisionError("division by zero"), StopIteration(7), AssertionError("x"),
         NotImplementedError(), AttributeError("attr"), NameError("nm")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    {}["missing key"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])
try:
    [][0]
except IndexError as e:
    print(str(e), repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(str(e), repr(e))
class MyErr(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text
    def __str__(self):
        return f"[{self.code}] {self.text}"
m = MyErr(404, "not found")
print(str(m), repr(m), m.args, m.code)
class Plain(Exception):
    pass
p = Plain("one", "two")
print(str(p), repr(p), p.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(9)
print(repr(str(ns)), repr(ns), ns.args, ns.x)
e = ValueError("changeable")
e.args = ("changed", 1)
print(e, e.args)
print(repr(StopIteration()), StopIteration().value, StopIteration(3, 4).value)
print(isinstance(ValueError(), Exception), Exception("x") == Exception("x"))
print(f"{KeyError('k')}", f"{KeyError('k')!r}", "%s" % KeyError("k"), str(KeyError(("t", 1))))
