# f-string = debug specifier and nested specs
a = 5
b = 2.5
s = "hi"
lst = [1, 2]
print(f"{a=}")
print(f"{a = }")
print(f"{a=:>5}")
print(f"{b=:.3f}")
print(f"{s=}")
print(f"{s=!s}")
print(f"{s=:>6}")
print(f"{lst=}")
print(f"{a + b=}")
print(f"{a*2 = }")
print(f"{len(lst)=}")
print(f"{lst[0]=} {lst[-1]=}")
print(f"{a=}, {b=}, {s=}")
print(f"{None=}")
w = 8
for p in range(4):
    print(f"{b:{w}.{p}f}|{b:<{w}.{p}e}|{a:^{w}}|{s:*>{w}}|")
fill, align = "-", "^"
print(f"{s:{fill}{align}{w}}")
print(f"{a:{'>'}{4}}")
print(f"{'x'*3=}")
print(f"{ {'k': 1}['k'] = }")
