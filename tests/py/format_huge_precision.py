# Float formatting with a precision past what Rust's formatter accepts
# (u16::MAX): the exact digits of the double, then zeros, as CPython.

def show(label, s):
    print(label, len(s), s[:24], s[1060:1130], s[-12:])


for v in (0.1, 1.5, 2 ** 0.5, 1e300, 5e-324, -7.25):
    show("f", "%.70000f" % v)
    show("e", "%.70000e" % v)
    show("g", "%.70000g" % v)
    show("#g", "%#.70000g" % v)
    show("fmt e", format(v, ".66000e"))
    show("fmt %", format(v, ".66000%"))
    show("fmt none", format(v, ".66000"))
print(round(0.1, 70000), round(2.675, 2))
