# chr, ord, hex, oct, bin and int round-trips
print([ord(c) for c in "AZaz09 \n~"], [chr(i) for i in [65, 97, 48, 32, 126, 955, 8364, 128013]])
print(ord("é"), ord("€"), ord("😀"), chr(0x1F600), chr(9731))
print("".join(chr(ord(c) + 1) for c in "HAL"), "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "hello"))
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 65535, 2**32, -(2**40), 10**20]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2), int(hex(n), 0))
print(hex(255).upper(), hex(255)[2:], bin(10)[2:].zfill(8), oct(64)[2:])
print(f"{255:x}", f"{255:#X}", format(255, "b"), format(-255, "#x"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr(1.5)
except TypeError as e:
    print("TypeError:", e)
caesar = lambda s, k: "".join(chr((ord(c) - 65 + k) % 26 + 65) if c.isupper() else c for c in s)
print(caesar("HELLO, WORLD", 3), caesar(caesar("HELLO, WORLD", 3), -3))
print(sum(ord(c) for c in "checksum") % 256, [ord(c) & 0xF for c in "abc"])
print(int("11111111", 2), int("377", 8), int("ff", 16), int("0b11", 2), int("0O17", 8), int("0XfF", 16))
