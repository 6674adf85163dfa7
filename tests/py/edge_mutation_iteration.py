# mutating containers during and after iteration, aliasing surprises, default args
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
lst = [0]
for x in lst:
    if x < 5:
        lst.append(x + 1)
print(lst)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def append(x, to=[]):
    to.append(x)
    return to
print(append(1), append(2), append(3, []), append(4))
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = [1, 2, 3]
b = a
a += [4]
print(a, b)
it = iter([1, 2, 3, 4])
pairs = list(zip(it, it))
print(pairs)
row = [1, 2]
matrix = [row, row]
row.append(3)
print(matrix)
t = (1, [2])
t[1].append(3)
print(t)
keys = ["x", "y"]
dd = dict.fromkeys(keys, [])
dd["x"].append(1)
print(dd)
lst = list(range(10))
del lst[::3]
print(lst)
lst = list(range(5))
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 2:
        del lst[i]
print(lst)
