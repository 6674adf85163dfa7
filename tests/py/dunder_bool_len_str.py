# __bool__, __len__ truthiness, __str__ vs __repr__ in containers and print
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
print(bool(Box([])), bool(Box([1])), bool(Flag(True)), bool(Flag(False)), bool(Both()), bool(Neither()))
print("yes" if Box([0]) else "no", "yes" if Flag(False) else "no", not Flag(False), Flag(True) and "and", Flag(False) or "or")
print(len(Both()), [x for x in [Box([]), Box([1]), Flag(1 > 0)] if x].__len__())
while Box([]):
    print("never")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class S:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
    def __repr__(self):
        return "OnlyStr<>"
s = S()
print(s, str(s), repr(s), [s], (s,), {s: s}, f"{s}", f"{s!r}", "%s/%r" % (s, s))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], OnlyStr(), [OnlyStr()])
print("{} {!r} {!s}".format(s, s, s), str([1, s]), repr("x") + str(s))
print(s.__str__(), s.__repr__(), format(s))
