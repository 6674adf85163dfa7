# isinstance, issubclass with tuples, type(), type names, object()
vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, print, object(), Exception()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, set)), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (int, float))), isinstance([], ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, (ValueError, LookupError)), issubclass(int, ()))
print(type(1) == int, type(True) == int, type(True) is bool, type(type(1)).__name__, type(None).__name__)
print(type(int).__name__, type(len).__name__, type(lambda: 0).__name__, type(x for x in []).__name__)
class A:
    def m(self):
        pass
class B(A):
    pass
b = B()
print(type(b).__name__, type(b.m).__name__, type(A.m).__name__, type(A).__name__)
print(isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A), issubclass(A, B), type(b) == A, type(b) is B)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, isinstance(o, object), object.__name__, str(type(o)))
print(str(int), str(type(None)), repr(str), str(B).replace("__main__.", ""))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type("x")("abc"), type(5)("12"), type([])((1, 2)), type(b)().__class__.__name__)
