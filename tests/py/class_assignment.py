# obj.__class__ = Other: allowed between alike classes, refused otherwise.
class A:
    kind = "A"
    def who(self):
        return "A.who " + self.kind

class B:
    kind = "B"
    def who(self):
        return "B.who " + self.kind

class SubA(A):
    pass

a = A()
a.x = 1
print(type(a).__name__, a.who(), a.x)
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), isinstance(a, A), a.__class__ is B)
a.__class__ = SubA
print(type(a).__name__, a.who(), isinstance(a, A), "__class__" in a.__dict__)

def fails(target, value):
    try:
        target.__class__ = value
        print("assigned", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)

class L(list):
    pass
class L2(list):
    pass
class D(dict):
    pass
class Slotted:
    __slots__ = ("p",)
class Slotted2:
    __slots__ = ("p",)
class SlottedOther:
    __slots__ = ("q",)

fails(a, 5)
fails(a, int)
fails(a, L)
fails(L(), L2)
fails(L(), D)
fails(Slotted(), Slotted2)
fails(Slotted(), SlottedOther)
fails(Slotted(), A)
fails(5, A)
fails([], L)

class E1(Exception):
    pass
class E2(Exception):
    pass
e = E1("msg")
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))

# Methods and cached attribute reads follow the new class.
objs = [A(), A()]
objs[1].__class__ = B
for _ in range(2):
    for o in objs:
        print(o.kind, o.who())

# The same assignment instruction, run again and again.
made = []
for i in range(4):
    o = A()
    o.__class__ = B if i % 2 else SubA
    made.append(type(o).__name__ + ":" + o.who())
print(made)
