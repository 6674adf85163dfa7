# arbitrary precision integer arithmetic
a = 2**64
b = 2**64 - 1
print(a, b, a + b, a - b, b - a)
print(a * b)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(-(2**63) * -1)
c = 123456789012345678901234567890
d = 987654321098765432109876543210
print(c + d, c - d, c * d)
print(d // c, d % c, divmod(d, c))
print(-d // c, -d % c)
print(d // -c, d % -c)
print(c * c * c * c)
print(abs(-c), -c, +c)
print(c == 123456789012345678901234567890, c < d, c > d, c != d)
print(c == c + 0, c * 1 is not None)
print(2**100 // 2**50 == 2**50)
print((2**100 + 1) % 2, (2**100) % 2)
print(10**30 // 7, 10**30 % 7)
print(-(10**30) // 7, -(10**30) % 7)
s = 0
for i in range(1, 50):
    s += i ** 20
print(s)
n = 1
for i in range(100):
    n = n * 3 + 1
print(n)
print(n.bit_length(), (-n).bit_length())
print(int(str(n)) == n, len(str(n)))
x = 2**200
x -= 2**200 - 5
print(x, type(x).__name__)
print(sum([2**62, 2**62, 2**62, 2**62]))
print(max(2**80, 2**79 * 3), min(-2**80, 5))
print(hex(2**100), oct(2**70), bin(2**40 + 1))
print(2**64 / 2**32, 10**20 / 4)
print(float(2**100), int(1e20), int(-1.5e19))
print(round(2**70 + 0.0) == 2**70)
