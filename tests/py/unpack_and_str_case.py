# Unpacking tuples and lists of the right length straight onto the stack
# (and every other case), and str case mappings reading the text in place.
t = (1, 2, 3); l = [4, 5]
a, b, c = t; d, e = l
print(a, b, c, d, e)
for bad in [(1, 2), [1, 2, 3, 4], (), "ab", {1: 2, 3: 4}]:
    try:
        x, y, z = bad
        print("unpacked", x, y, z)
    except ValueError as err:
        print("ValueError:", err)
() = ()
[] = []
(p,) = [9]
q, *r = (1, 2, 3)
print(p, q, r)
class T(tuple): pass
u, v = T((7, 8)); print(u, v)
print(" ".join(s.upper() + s.lower() + s.title() for s in ["abc", "ÄÖü", "ß straße", ""]))
try:
    str.upper(5)
except TypeError as err:
    print("TypeError:", err)
