# augmented assignment: __iadd__ vs __add__ fallback, mutability and aliasing
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __repr__(self):
        return f"Acc({self.items})"
class InPlace(Acc):
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __isub__(self, other):
        print("  __isub__")
        self.items = [x for x in self.items if x not in other]
        return self
    def __imul__(self, n):
        print("  __imul__")
        self.items *= n
        return self
a = Acc([1])
alias = a
a += [2]
print(a, alias, a is alias)
b = InPlace([1])
alias = b
b += [2]
print(b, alias, b is alias)
b -= [1]
b *= 3
print(b)
lst = [1, 2]
al = lst
lst += [3]
print(lst, al, lst is al)
tup = (1, 2)
at = tup
tup += (3,)
print(tup, at, tup is at)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 10
for op in range(6):
    if op == 0:
        n += 5
    elif op == 1:
        n -= 3
    elif op == 2:
        n *= 4
    elif op == 3:
        n //= 5
    elif op == 4:
        n **= 2
    else:
        n %= 7
    print(op, n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
print(d)
class Weird:
    def __iadd__(self, o):
        return "replaced by string"
w = Weird()
w += 1
print(w)
