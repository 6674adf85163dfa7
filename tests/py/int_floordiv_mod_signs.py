# floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (6, -3), (1, 10), (-1, 10), (1, -10), (-1, -10), (123456789, 1000),
         (-123456789, 1000), (2**70, 3), (-(2**70), 3), (2**70, -7), (-(2**70), -7)]
for a, b in pairs:
    q = a // b
    r = a % b
    assert q * b + r == a
    print(a, b, q, r, divmod(a, b))
print(-1 // 1, -1 % 1)
print(5 // -1, 5 % -1)
print(-9 // 4, -9 % 4, 9 // -4, 9 % -4)
x = 17
x //= -5
print(x)
x = 17
x %= -5
print(x)
for b in [1, 2, 3, 5, 7]:
    print([i % b for i in range(-6, 7)])
    print([i // b for i in range(-6, 7)])
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True // 2, True % 2, False // 1)
