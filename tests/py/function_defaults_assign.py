# Assigning __defaults__ and __kwdefaults__ changes how later calls bind.
def f(a, b=2, *, c=3):
    return (a, b, c)


print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f(), f(1), f.__defaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = {"c": 30}
print(f(1, 2), f.__kwdefaults__)
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
for bad in ([1], 5):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError", e)


def g(a):
    return a


g.__defaults__ = (1, 2, 3)
print(g())
try:
    g(1, 2)
except TypeError as e:
    print("TypeError", e)
