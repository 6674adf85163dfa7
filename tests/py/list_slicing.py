# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = [0, 1, 2, 3, 4, 5, 6, 7]
b[::2] = ["e"] * 4
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b[-2:] = []
print(b)
del b[0]
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[2:8:3]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
print(d)
d[1:3] = range(3)
print(d)
d[::-1] = list("abcdef")
print(d)
print(a[slice(1, 8, 2)], a[slice(None)], a[slice(-2, None)])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s, s.indices(5))
e = [0, 1, 2, 3]
e[10:20] = [9]
print(e)
try:
    e[10] = 1
except IndexError as ex:
    print("IndexError:", ex)
f = [[0] * 3 for _ in range(3)]
f[1][2] = 5
g = [[0] * 3] * 3
g[1][2] = 5
print(f, g)
