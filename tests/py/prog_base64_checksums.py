# hand-written base64 encoding/decoding, CRC32, Adler-32, Luhn and ISBN checks
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = 0
        for b in chunk:
            n = n << 8 | b
        n <<= 8 * (3 - len(chunk))
        chars = [ALPHA[n >> s & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(s):
    s = s.rstrip("=")
    bits = "".join(format(ALPHA.index(c), "06b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "ünïcödé ✓"]:
    enc = b64encode(text.encode("utf-8"))
    print(repr(text), enc, b64decode(enc).decode("utf-8") == text)
def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return b << 16 | a
for s in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", b"123456789"]:
    print(s[:20], hex(crc32(s)), hex(adler32(s)))
def luhn_ok(num):
    digits = [int(d) for d in num if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0
print([luhn_ok(n) for n in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0"]])
def isbn10_ok(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0
print([isbn10_ok(s) for s in ["0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "123"]])
