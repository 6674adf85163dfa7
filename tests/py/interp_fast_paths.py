# The interpreter's shortcuts must behave exactly like the instructions
# they stand in for: `lst[i] op= k` done in one step, the back edge of a
# `for ... in range(...)` loop running its `ForIter`, list and tuple loops
# stepping their iterator inline, `obj[a:b]` on lists and tuples without a
# slice object, and natives called without the general call machinery.

# --- lst[i] op= small int --------------------------------------------------
xs = [0, 10, -7, 2**62, 5]
for _ in range(3):
    xs[0] += 1
    xs[1] -= 4
    xs[2] *= 3
    xs[-1] %= 3
    xs[4] //= 2
print(xs)
xs[3] += 2**62          # leaves the small-int range: the general route
xs[3] += 1
print(xs[3], type(xs[3]).__name__)
big = [2**63 - 1]
big[0] += 1
print(big)
neg = [-9, -9]
neg[0] //= 2
neg[1] %= 4
print(neg)
fl = [1.5, "ab", (1,), [1]]
fl[0] += 1
fl[1] += "c"
fl[1] *= 2
fl[2] += (2,)
fl[3] += [2]
print(fl)
alias = fl[3]
fl[3] += [3]            # list += list mutates in place
print(alias is fl[3], alias)
bits = [12, 10]
bits[0] &= 6
bits[1] |= 5
bits[1] ^= 1
bits[0] <<= 3
bits[1] >>= 1
print(bits)
try:
    xs[10] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs[-10] -= 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"] += 1
except TypeError as e:
    print("TypeError:", e)
try:
    fl[1] -= 1
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)


class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


loud = Loud([1, 2])
loud[1] += 5
print(loud)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 3
print(d)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
print(grid)

# --- the back edge of a range loop ------------------------------------------
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total, i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5, 5):
    print("never")
for i in range(2**62, 2**62 + 3):
    pass
print(i - 2**62)
for i in range(9223372036854775800, 9223372036854775807, 3):
    print(i, end=" ")
print()
n = 0
for i in range(3):
    for j in range(4):
        n += 1
    else:
        n += 100
print(n, i, j)
r = iter(range(4))
for a in r:
    for b in r:
        print(a, b)
it = iter(range(3))
next(it)
for k in it:
    print("rest", k)


def gen():
    for i in range(4):
        yield i * i


print(list(gen()))

# --- natives called directly -------------------------------------------------
s = []
for i in range(5):
    s.append(len(s))
print(s, len(s), abs(-3), min(4, 2), max([3, 9, 1]))
print(list.append.__name__, str.upper("abc"), list.__len__([1, 2]))
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__eq__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(int, 7), str.__new__(str, "x"))


class MyList(list):
    pass


ml = MyList()
list.append(ml, 3)
ml.append(4)
print(ml, isinstance(ml, list))
print(sorted([3, 1, 2], key=lambda v: -v), list(map(len, ["a", "bb"])))
print(sum(range(10)), "-".join(["a", "b"]), divmod(7, 2))


# --- for x in list / tuple: the loop steps the iterator inline ------------
grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 3:
        grow.append(x + 10)      # appended items are visited too
print(seen, grow)
shrink = list(range(10))
for x in shrink:
    shrink.remove(x)             # skips every other one, as in CPython
print(shrink)
for x in ():
    print("never")
else:
    print("empty tuple: else runs")
for x in (1, "two", 3.0, None, [4]):
    print(repr(x), end=" ")
print()
pairs = []
for a in [1, 2]:
    for b in (3, 4):
        if b == 4 and a == 2:
            break
        pairs.append((a, b))
    else:
        pairs.append("inner done")
print(pairs)
it = iter([1, 2])
for x in it:
    print(x, list(it))          # the same iterator, consumed inside
class L(list):
    pass
print([x * 2 for x in L([1, 2, 3])], sum(x for x in L((4, 5))))
class Rev(list):
    def __iter__(self):
        return iter(self[::-1])
print([x for x in Rev([1, 2, 3])])
def gen_in_list():
    for x in [lambda: 1, lambda: 2]:
        yield x()
print(list(gen_in_list()))


# --- obj[a:b] on a list or tuple: no slice object is made ------------------
nums = list(range(10))
tn = tuple(nums)
for a, b in ((2, 5), (-3, None), (None, -7), (5, 2), (-100, 100), (0, 0),
             (10, 11), (None, None), (3, -3), (-1, -2), (2**40, -2**40),
             (True, 3), (2**70, 1), (0, -2**70)):
    print(a, b, nums[a:b], tn[a:b])
print(tn[:] is tn, tn[0:10] is tn, tn[0:] is tn, tn[-10:] is tn, tn[1:] is tn)
print(nums[:] is nums, nums[:] == nums)
for bad in (1.5, "x", [1]):
    try:
        nums[bad:3]
    except TypeError as e:
        print("TypeError:", e)
class Sliced:
    def __getitem__(self, key):
        return ("got", key.start, key.stop, key.step)
print(Sliced()[1:2], "abcdef"[1:-1], b"bytes"[1:3], range(10)[2:5])
class LS(list):
    pass
ls = LS([1, 2, 3])
print(ls[1:], type(ls[1:]).__name__, nums[1:9:2], nums[::-3])
