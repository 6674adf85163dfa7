# divmod, round, pow across int/float inputs
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (17.5, 5), (-17.5, 5), (1, 3.0), (0, 7)]:
    print(a, b, divmod(a, b))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5678, 1e-10, 7, -7, 15, 25]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(3.14159, 3), round(-3.14159, 3), round(1.0, 5), round(123, -2), round(150, -2), round(250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(7, 2, 5), pow(7, -1, 5), pow(-7, 2, 5))
print(pow(0, 0), pow(1, 10**6), pow(-1, 10**6 + 1), pow(10, 20), pow(10, -20))
print(2 ** -1, (-2) ** -1, 0.5 ** -2, 4 ** 0.5, (-4) ** 2)
print(pow(2, 100, 10**9 + 7), pow(123456789, 987654321, 1000000007))
print(divmod(10**30, 7), divmod(-(10**30), 7), divmod(7, 10**30))
print(round(0.1 + 0.2, 2) == 0.3, round(2.5) + round(3.5), round(-2.5) + round(-3.5))
q, r = divmod(-7.5, 2)
print(q, r, q * 2 + r == -7.5, divmod(2**65, -3), divmod(-1, 2**65))
print([round(x / 8, 2) for x in range(-4, 5)], round(0.5 + 1e-16), round(1.0000000000000002, 15))
