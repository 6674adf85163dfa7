# The sequence dunders of the builtin types are there and behave like the
# operations they name (hasattr(x, '__iter__') is a common iterability
# test); called on the wrong type they fail with CPython's words.
r = range(2, 11, 3)
print(r.__len__(), r.__getitem__(1), r.__getitem__(slice(1, 3)), r.__contains__(5), list(r.__iter__()))
t = (1, 2, 3)
print(t.__contains__(2), list(t.__iter__()), tuple.__iter__(t).__next__())
b = b"abc"
print(b.__getitem__(0), b.__getitem__(slice(1, None)), b.__contains__(b"b"), b.__contains__(99), list(b.__iter__()))
class T(tuple):
    pass
print(list(T((4, 5)).__iter__()), T((4, 5)).__contains__(5))
print(hasattr((), "__iter__"), hasattr(range(0), "__len__"), hasattr(b"", "__iter__"))
try:
    tuple.__iter__([1])
except TypeError as e:
    print("TypeError:", e)
try:
    range.__len__(5)
except TypeError as e:
    print("TypeError:", e)
for f, a in ((list.__len__, (5,)), (int.__add__, ("a", 1)), (list.append, (5, 1)), (str.upper, (3,))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError:", e)
for obj in ([], {}, "", (), set(), range(3), b"", frozenset()):
    print(type(obj).__name__, [n for n in ("__iter__", "__len__", "__contains__") if not hasattr(obj, n)])
