# list membership, equality, nesting, aliasing, iteration while mutating copies
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, b, c, a is b, a is c, a == c + [4])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested, shallow)
print(3 in a, 9 in a, [1, 2] in nested, [1, 2, 99] in nested)
print(len(a), a[-1], a.index(3), max(a), min(a), sum(a))
m = [[i * j for j in range(4)] for i in range(4)]
for row in m:
    print(row)
print([row[1] for row in m], [m[i][i] for i in range(4)])
print(list(zip(*m)))
flat = [x for row in m for x in row]
print(flat, len(flat))
items = [5, 3, 8, 1]
for x in items[:]:
    if x < 4:
        items.remove(x)
print(items)
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
q = [1, 2, 3]
print(q.pop(0), q)
print([None] * 3, [0, 0.0, False].count(0), [1, [1]].count(1))
print(list(map(lambda x: x * 2, a)), list(filter(None, [0, 1, "", "a", None, []])))
print(a.__len__(), a.__contains__(1), a.__getitem__(0))
x = [1, 2]
x.append(x)
print(x)
print(bool([]), bool([0]), [] == [], [] is not [])
