# list.append and len(): the interpreter runs their common case in place;
# every other case must behave exactly as the ordinary call.
lst = []
for i in range(3):
    lst.append(i)
list.append(lst, "unbound")
append = lst.append
append("bound")
print(lst, lst.append(None), len(lst))

class MyList(list):
    def append(self, x):
        print("MyList.append", x)
        super().append(x * 2)

class Plain(list):
    pass

m = MyList(); m.append(5)
p = Plain(); p.append(6)
print(m, p, len(m), len(p))

for bad in [lambda: lst.append(), lambda: lst.append(1, 2), lambda: list.append(5, 1),
            lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: len(iter([]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Sized:
    def __len__(self):
        return 7

class BadLen:
    def __len__(self):
        return -1

print(len("héllo"), len(""), len((1, 2)), len({"a": 1}), len({1, 2, 3}), len(range(10)),
      len(b"xyz"), len(Sized()), len({}.keys()), len(bytearray(4)) if "bytearray" in dir(__builtins__) else 4)
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

# The same call sites see different kinds of object.
for obj in [[1], "ab", (1, 2, 3), {1: 2}, Sized(), MyList()]:
    print(type(obj).__name__, len(obj))
for target in [[], Plain(), MyList()]:
    target.append(1)
    print(type(target).__name__, target)

# A list growing through append inside a loop over another list.
src = list(range(5))
dst = []
for x in src:
    dst.append(x * x)
    if len(dst) > 3:
        break
print(dst, len(dst))
