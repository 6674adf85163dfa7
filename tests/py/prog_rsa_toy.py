# toy RSA with big integers: key generation from fixed primes, modular inverse, sign/verify
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m
def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
p = next_prime(10**40 + 12345)
q = next_prime(3 * 10**39 + 67890)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n =", n, "bits:", n.bit_length())
print("d =", d)
print("e*d mod phi =", e * d % phi, pow(e, -1, phi) == d)
def encode(text):
    return sum(b << (8 * i) for i, b in enumerate(reversed(text.encode("utf-8"))))
def decode(num):
    bs = []
    while num:
        bs.append(num & 0xFF)
        num >>= 8
    return bytes(reversed(bs)).decode("utf-8")
for msg in ["hello", "RSA toy ✓", "x" * 20]:
    m = encode(msg)
    c = pow(m, e, n)
    back = pow(c, d, n)
    print(repr(msg), m < n, c % 10**12, decode(back) == msg)
sig = pow(encode("signed"), d, n)
print("verify:", pow(sig, e, n) == encode("signed"), pow(sig, e, n) == encode("forged"))
print([x for x in range(2, 60) if is_probable_prime(x)])
print(is_probable_prime(2**89 - 1), is_probable_prime(2**91 - 1), is_probable_prime(561))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
