# uncaught TypeError from bad operand types
def describe(v):
    return f"{type(v).__name__}:{v!r}"
print([describe(v) for v in [1, 2.5, True, "3"]])
print(1 + 2.5, True + 1, "a" + "b", [1] + [2])
for a, b in [(1, "x"), ("x", 1), ([], ())]:
    try:
        a + b
    except TypeError as e:
        print("handled:", e)
values = [1, 2.5, True, "3"]
acc = 0
for v in values:
    print("adding", repr(v))
    acc = acc + v
    print("acc =", acc)
