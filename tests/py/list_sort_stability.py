# sorted/sort with key and reverse; stability
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(sorted(records))
print(sorted(records, reverse=True))
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print(by_age_then_name)
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Fig", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda x: x * x))
a = [3, 1, 2]
r = a.sort()
print(r, a)
a.sort(key=lambda x: -x)
print(a)
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted({3, 1, 2}), sorted((2, 1)))
print(sorted([], key=len), sorted([1]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([True, False, 0, 1, -1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print([d["n"] for d in sorted(data, key=lambda d: d["v"], reverse=True)])
m = list(range(20))
print(sorted(m, key=lambda x: x % 3))
print(sorted(m, key=lambda x: x % 3, reverse=True))
