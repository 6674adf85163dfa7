# range and slice objects
r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0), len(r), r[3], r[-1], r[2:8:2], r[::-1])
print(list(range(0, 20, 3)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(5, 5)))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), range(1, 4) == range(1, 4), range(0) == range(2, 2))
print(len(range(1, 100, 7)), len(range(100, 1, -7)), range(10**20)[-1], 10**19 in range(10**20))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(101)), max(range(5)), min(range(3, 8)), sorted(range(3), reverse=True))
print(list(reversed(range(1, 6))), list(enumerate(range(3, 6))))
rr = range(2, 30, 4)
print(rr.start, rr.stop, rr.step, list(rr), rr[1:3], list(rr[1:3]))
s = slice(2, None, -1)
print(s, s.start, s.stop, s.step, "abcdef"[s], [1, 2, 3, 4][s])
print(slice(3), slice(1, 2), slice(None, None, 2).indices(10), slice(-3, None).indices(8))
print(list(range(10))[slice(-4, -1)], (1, 2, 3)[slice(None, None, -1)])
i = 0
for i in range(3):
    pass
print(i)
for j in range(0):
    print("never")
print(bool(range(0)), bool(range(1)), range(3) == range(0, 3, 1), list(range(3)) == [0, 1, 2])
