# the format() builtin and __format__ of builtin types with many specs
cases = [(42, ""), (42, "5"), (42, "<5"), (42, "^7"), (42, "+"), (42, "x"), (42, "#b"), (42, "08.3f"),
         (-42, "e"), (3.14159, ".3"), (3.14159, ".3g"), (3.14159, "10.4f"), (1e-5, ""), (1e-5, "f"),
         (1234567.891, ",.2f"), (0.25, "%"), (0.25, ".0%"), ("text", "*^10"), ("text", ".2"), ("text", "<6"),
         (True, ""), (True, "d"), (False, ">5"), (None, ""), (255, "X"), (255, "#o"), (2**40, "_d"),
         (-0.0, "+.1f"), (float("inf"), "<6"), (12, "c") , (1.5, "=+08.2f"), (-7, "=6"), (7, " 5d")]
for v, spec in cases:
    try:
        print(f"{v!r:>12} {spec!r:>10} -> {format(v, spec)!r}")
    except (ValueError, TypeError) as e:
        print(f"{v!r:>12} {spec!r:>10} -> {type(e).__name__}: {e}")
for bad in [("abc", "d"), (1.5, "d"), (None, "5"), ([1], ">3"), (3, "s")]:
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(format(3), format(3.0), format("x"), format([1, 2]), format((1,)), format({"a": 1}))
