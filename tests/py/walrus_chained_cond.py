# walrus operator, chained comparisons and conditional expressions
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 15])
chunks = iter(["ab", "cd", "", "ef"])
out = []
while (chunk := next(chunks)):
    out.append(chunk)
print(out)
print((total := sum(data)), total / n)
def f(x):
    return (sq := x * x) + sq
print(f(3))
values = {"a": 1}
if (v := values.get("a")) is not None:
    print("found", v)
if (v := values.get("b")) is None:
    print("missing, v =", v)
print([(last := w) for w in "one two three".split()], last)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, x == 5 == 5.0, 1 < x < 3)
print(0 <= x < len(data), "a" < "b" < "c", [1] < [2] < [3])
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
t1 = None
print(t1 is not False is not None, t1 is None == True)
for i in range(-2, 4):
    print(i, "neg" if i < 0 else "zero" if i == 0 else "small" if i < 2 else "big")
age = 20
print("adult" if age >= 18 else "minor", ("even" if age % 2 == 0 else "odd").upper())
print((lambda q: "yes" if q else "no")(0), [("F" if c.isupper() else "f") for c in "aBc"])
z = 1 if False else 2 if False else 3
print(z)
print(x if (x := 7) > 5 else -x)
