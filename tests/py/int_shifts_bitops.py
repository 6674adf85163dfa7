# shifts and bitwise operations including negatives
vals = [0, 1, -1, 5, -5, 255, -256, 2**40, -(2**40), 2**70 + 3, -(2**70) - 3]
for v in vals:
    print(v, v << 3, v >> 3, v >> 1, v & 0xFF, v | 0x10, v ^ 0xF0F, ~v)
print(1 << 100)
print((1 << 100) >> 99)
print(-1 >> 100, -1 << 100)
print(-(2**100) >> 50)
print(-7 >> 1, -8 >> 1, -9 >> 2)
print(12 & -4, -12 & 7, -12 | 7, -12 ^ 7)
print((2**64 - 1) & (2**32 + 5))
print(-(2**65) & (2**66 - 1))
print(~0, ~(-1), ~(2**80))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -2)
except ValueError as e:
    print("ValueError:", e)
x = 0b1011
x <<= 4
print(x, bin(x))
x >>= 2
print(x)
x |= 1
x &= 0xFE
x ^= 0xFF
print(x)
print(True << 3, True & 1, False | 2, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
for i in range(8):
    print(i, bin(i), i.bit_length(), bin(-i), (-i).bit_length())
print(0b1111_0000, 0o777, 0xDEAD_BEEF, 1_000_000)
