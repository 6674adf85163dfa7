# f-strings: expressions, conversions, nested quotes
name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 7}
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}, squared {n ** 2}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{items} {items[1]} {d['k']} {d['n'] * 2}")
print(f"{len(items)} items, sum={sum(items)}, max={max(items)}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:g}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested' + ' quotes'} {'a' if n > 10 else 'b'}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x * 3)(4)}")
print(f"{n:>{n // 7}}|{name:^{10}}|")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|")
print(f"{n:#x} {n:#o} {n:#b} {n:08.2f} {-n:+d} {n:+d} {n: d}")
print(f"{'multi'}" f"{'part'}" "plain" f"{n}")
print(f"""triple {name}
second line {n}""")
obj = None
print(f"{obj} {True} {3.0} {2**70}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{name=!s}", f"{pi=:.3f}")
print(f"{n!r:>6}|{name!r:<8}|")
print(F"capital F {n}", rf"raw {n}\n", fr"also raw \t{name}")
print(f"{3.0:.0f} {2.5:.0f} {1e10:,.2f} {0.000123:.2e}")
