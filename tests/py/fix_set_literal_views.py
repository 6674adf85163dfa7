print({-1, -2, -3, 5})
print({-1, -2})
print({-5, 3, -8, 100, 7, -1})
x = 1
print({-1, -2, x, 5})
print(list({"b", "a", "c"}) == list({"b", "a", "c"}))
print({1, 2, 3, -1}, {10, 20, 30, 5})
d = {"a": 1, "b": 2, -1: 3}
print(d.keys() | {5, -2, "z"} == {5, -2, "z", "a", "b", -1}, d.keys() | {5, -2}, d.keys() & {-1, 5}, d.keys() - {-1}, d.keys() ^ {-1, 7})
print({-2, -1} | d.keys(), {-1, 2}.union(d.keys()))
print(frozenset({-1, -2, -3, 5}), set([-1, -2, -3, 5]))
for i in range(3):
    print({-1, -2, -3, 5, i})
import random
random.seed(7)
for it in range(150):
    d = {random.randrange(-40, 60): 0 for _ in range(random.randrange(0, 20))}
    s = set(random.randrange(-40, 60) for _ in range(random.randrange(0, 20)))
    l = [random.randrange(-40, 60) for _ in range(random.randrange(0, 10))]
    print(list(d.keys() | s), list(d.keys() - s), list(d.keys() ^ s), list(d.keys() & s), list(s | d.keys()), list(d.keys() | l), list(d.items() | {(1, 0)}))
