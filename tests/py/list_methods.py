# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a)
a.extend([3, 5])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "nearlast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove("a")
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count("zzz"))
try:
    a.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
b = [x for x in a if isinstance(x, int)]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, len(b))
print([1, 2] + [3], [0] * 5, [[]] * 2, 2 * [1, 2], [1, 2] * 0)
lst = [1, 2]
lst += [3]
lst *= 2
print(lst)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print(sum([[1], [2, 3]], []), len([[], []]), [1, [2, [3, [4]]]])
