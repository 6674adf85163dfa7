# printf-style % formatting
print("%s %d %f" % ("a", 42, 3.5))
print("%-8s|%8s|" % ("left", "right"))
print("%05d|%-5d|%+d|% d" % (42, 42, 42, 42))
print("%05.1f|%-8.3f|%+.2f|%.0f" % (3.14159, 2.71828, 1.5, 2.5))
print("%e %E %.2e %g %G %g" % (12345.678, 0.000123, 1e10, 0.0001, 1e-10, 123456789))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c%c" % (72, "i", 33))
print("%r %s %a" % ("q'", "q'", "é"))
print("%%d literal %d" % 5)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%d" % 3.99, "%i" % -7, "%u" % 5, "%s" % 2**70, "%d" % 2**70)
print("%10.3s|" % "abcdef")
print("%-8s|%05.1f" % ("x", 2.25))
print("%.3s" % "truncate", "%5s|" % "toolong", "%x" % -255, "%o" % -8)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
for v in [0, 1, -1, 123.456, -0.5, 1e-5]:
    print("[%8.2f] [%-10.3e] [%g]" % (v, v, v))
