# divmod and pow, incl. 3-arg and negative exponents
for a in [17, -17]:
    for b in [5, -5]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 3))
print(pow(3, -1, 7), pow(2, -1, 11), pow(10, -2, 7))
print(pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 ** -1, 2 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, (-1) ** 1001)
x = 3
x **= 4
print(x)
x **= -1
print(x)
print(pow(12345678901234567890, 3, 10**9 + 9))
print(divmod(2**100, 7**20))
print(divmod(-(2**100), 7**20))
print(divmod(0, 5), divmod(0, -5))
