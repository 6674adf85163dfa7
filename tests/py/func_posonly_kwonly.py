# positional-only and keyword-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=0))
print(f(1, 2, 3, 4, e=5))
for call in [lambda: f(a=1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only * 2
print(h(only=21))
def pos(a, b=2, /):
    return a + b
print(pos(1), pos(1, 5))
try:
    pos(1, b=5)
except TypeError as e:
    print("TypeError:", e)
def star(first, *rest, last="L"):
    return f"{first}|{rest}|{last}"
print(star(1), star(1, 2, 3), star(1, 2, last=9))
def all_kinds(p1, p2=20, /, n1=30, *va, k1, k2=50, **vk):
    return p1, p2, n1, va, k1, k2, vk
print(all_kinds(1, k1=40))
print(all_kinds(1, 2, 3, 4, 5, k1=6, k2=7, x=8))
print(all_kinds(1, n1=3, k1=4, p1=99))
args = (10, 20, 30)
kwargs = {"k1": "K", "extra": True}
print(all_kinds(*args, **kwargs))
