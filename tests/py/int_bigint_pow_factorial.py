# huge powers and factorials
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(25))
print(fact(50))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(f100 % 1000003, f100 // fact(98))
print(2**0, 2**1, 2**10, 2**63, 2**64, 2**127)
print(3**100)
print((-3)**51)
print((-2)**64)
print(7**77 % 1000000007)
print(pow(7, 77, 1000000007))
print(pow(2, 10**5, 10**9 + 7))
print(pow(3, 1000, 2**61 - 1))
big = 10**100
print(big)
print(big - 1)
print(str(big + 1)[:5], str(big + 1)[-5:])
fibs = [0, 1]
for _ in range(200):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[100], fibs[200])
print(fibs[200] % fibs[100])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fibs[200], fibs[150]), fibs[50])
print(gcd(fact(30), 2**40))
print(2**-1, 2**-3, 10**-2)
print((-2)**-2)
print(0**0, 0**5)
print(int("9" * 60) + 1)
print(10**50 // 3**40)
