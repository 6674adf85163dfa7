# % formatting with mappings, width/precision from args, repeated keys, and escapes
rec = {"name": "Widget", "qty": 7, "price": 3.14159, "tag": None}
print("%(name)s x%(qty)d @ %(price).2f [%(tag)s]" % rec)
print("%(name)-10s|%(qty)05d|%(price)10.3f|%(name)r" % rec)
print("%(qty)d %(qty)x %(qty)o %(qty)e" % rec)
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % ((1, 2),), "%r" % ({"k": 1},))
print("%5.1f%%" % 99.44, "%-6s|" % "ab", "%+.1e" % -12345.678, "%#x %#o" % (255, 255))
print("%c%c" % ("o", 107), "%.3s" % "abcdef", "%*s|%-*s|" % (6, "r", 6, "l"), "%.*f" % (1, 2.25))
print("%i %u %d" % (3.99, 7, -0.5), "%s" % True, "%d" % True, "%f" % 1, "%g" % 100000, "%g" % 1000000)
for v in [0, 1.5, -2.25, 1e100, 123456789]:
    print("[%10.2e] [%-12g] [%012.4f]" % (v, v, v))
try:
    "%(missing)s" % rec
except KeyError as e:
    print("KeyError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
print("no args here" % (), "100%% sure" % (), "%s%%" % 50)
