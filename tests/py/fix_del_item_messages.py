t = (1, 2)
for f in [lambda: t.__delitem__(0)]:
    try: f()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e: print(e)
try:
    t[0] = 1
except TypeError as e: print(e)
s = "abc"
try:
    del s[0]
except TypeError as e: print(e)
try:
    del (1).x
except AttributeError as e: print(e)
r = range(3)
try:
    del r[0]
except TypeError as e: print(e)
try:
    del {1}[0]
except TypeError as e: print(e)
try:
    del frozenset()[0]
except TypeError as e: print(e)
try:
    del None[0]
except TypeError as e: print(e)
