# range with negative and large steps, membership, indexing, slicing and reversal
cases = [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (0, 100, 33), (-10, 10, 7), (3, 3, -1)]
for args in cases:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None, list(reversed(r)) == list(r)[::-1])
r = range(100, 0, -7)
print(r[2], r[-2], r[3:6], list(r[3:6]), r[::-2], list(r[::-2])[:4], r[::-1][0])
print(93 in r, 94 in r, r.index(86), r.count(2), len(r))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
print(range(0, 10, 2) == range(0, 9, 2), range(0, 3) == range(0, 3, 1), range(5, 0) == range(10, 0))
print(list(range(-3)), list(range(-3, 0)), sum(range(-10, 11)), max(range(-5, -1)))
for i in range(3, -4, -3):
    print(i, end=" ")
print()
big = range(0, 10**18, 7)
print(big[10**12], big[-1], 10**17 in big, 7 * 10**16 in big, big.index(700))
nums = list(range(20))
print(nums[::-3], nums[15:5:-4], nums[-1:-20:-6], nums[100:0:-9])
