# fill and alignment with strings and numbers
words = ["a", "abc", "abcdef", "abcdefghijk"]
for w in words:
    print(f"[{w:>8}] [{w:<8}] [{w:^8}] [{w:.>8}] [{w:_<8}] [{w:*^8}] [{w:8.2}]")
print("{:>{}}".format("x", 4), "{:^{w}.{p}}".format("abcdef", w=7, p=3))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
print("-" * 23)
for name, qty, price in table:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
total = sum(q * p for _, q, p in table)
print(f"{'total':<10}{'':>5}{total:>8.2f}")
print(f"{'|':^3}{'x':^3}{'|':^3}")
print(repr(format("", "^5")), repr(format("ab", "^5")), repr(format("ab", "^6")))
print(f"{42:^9}|{-42:^9}|{42:^+9}|{4.2:^9}")
print(f"{'é':>4}|{'日本':<5}|{'😀':^5}|")
print("%5s|%-5s|%5d|%-5d|" % ("ab", "ab", 3, 3))
for i in range(1, 6):
    print(f"{'#' * i:>5}{'#' * i:<5}")
