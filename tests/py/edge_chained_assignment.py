# chained and augmented assignment edge cases, evaluation order, targets with side effects
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
order = []
def key(k):
    order.append(f"key {k}")
    return k
def val(v):
    order.append(f"val {v}")
    return v
d = {}
d[key("a")] = d[key("b")] = val(1)
print(d, order)
order.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, "set"
print(i, lst)
nums = [1, 2, 3]
nums[0], nums[1] = nums[1], nums[0]
print(nums)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 7
print(m)
counter = {"n": 0}
def bump():
    counter["n"] += 1
    return counter["n"]
arr = [0] * 5
arr[bump()] += 10
print(arr, counter)
s = "x"
s *= 3
s += "y"
print(s)
t = 1, 2
t += 3,
print(t)
first, *_ = second, *__ = "ab"
print(first, second, _, __)
class Obj:
    pass
o = Obj()
o.a = o.b = {"shared": True}
o.a["shared"] = False
print(o.b)
n = 10
n -= n // 3
n *= -1
n **= 2
n //= 7
n %= 5
n <<= 3
n >>= 1
n |= 1
n &= 0b1111
n ^= 0b101
print(n)
val = 0
val = val + 1 if val else -1
print(val)
print(order)
