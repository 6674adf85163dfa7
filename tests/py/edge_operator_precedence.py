# operator precedence and associativity corner cases
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 7 % 3 ** 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, ~5 + 1, -~5, ~-5)
print(not True == False, (not True) == False, not 1 + 1, not (1 and 0))
print(1 or 0 and 0, (1 or 0) and 0, 0 and 1 or 2, None or False or 0 or "")
print(1 < 2 == 2, (1 < 2) == 2, 1 == 1 in [1], 3 in [3] == [3], "a" in "abc" != False)
print(-3 % 5, -(3 % 5), 2 * -3, - - 3, +-3, -+3)
print(1 if True else 2 if False else 3, (1 if False else 2) + 10, [1, 2][True], "ab"[False])
x = 5
print(x > 3 and x < 10 or x == 100, x if x > 10 else -x if x > 3 else 0)
print(3 * "ab" + "c", "c" + 3 * "ab", [1] * 2 + [3], -1 ** 2)
print(2 ** 2 ** -1, (2 ** 2) ** -1, 4 ** .5 ** 2)
print(True + True * True, (True + True) * True, True << True, 10 - True)
lst = [1, 2, 3]
print(lst[1:] + lst[:1], lst[-1] * lst[0] ** 2, len(lst) - 1 or "zero")
print(1, 2 == 2, 3)
print((1, 2) + (3,) * 2, not [] and "empty", [] or "fallback", {} or [] or 0)
a = b = c = 1
a += b * c + 1
print(a, b, c)
print(8 >> 1 + 1, (8 >> 1) + 1, 1 | 2 ^ 3 & 4, 0xF0 >> 4 & 0x3)
print(2.0 * 3 // 4, 7 / 2 // 1, -7 // 2 * 2 + -7 % 2)
f = lambda: 1, 2
print(f[1], type(f).__name__)
print([i for i in range(3)][-1], {**{"a": 1}}["a"], (lambda x: x + 1)(2) * 3)
