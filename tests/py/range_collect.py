# list(), tuple(), sorted() and friends over a range build the items directly.
print(list(range(5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)), tuple(range(-3, 3, 2)))
print(sorted(range(100, 0, -7))[:5], set(range(3)), sum(range(101)))
big = 2**63 - 1
print(list(range(-big - 1, big, 2**62)))
print(list(range(big - 2, big)), list(range(-big, -big + 2)))
try:
    list(range(2**62))
except MemoryError:
    print("MemoryError")
print(list(range(2**64, 2**64 + 3)))
