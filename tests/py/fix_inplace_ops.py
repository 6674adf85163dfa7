l = [1]; a = l; l *= 2; print(a, a is l)
l += (x for x in range(3)); print(a)
l += "ab"; print(a)
l *= 0; print(a)
d = {'a': 1}; e = d; d |= {'b': 2}; print(e, e is d)
d |= [('c', 3)]; print(e)
s = {1, 2}; t = s; s |= {3}; print(t, t is s)
s -= {1}; print(t)
s &= {2, 3, 4}; print(t)
s ^= {3, 5}; print(t)
from collections import Counter, deque
c = Counter(a=1); c2 = c; c += Counter(b=1); print(c2, c2 is c)
c -= Counter(a=1); print(c2)
c |= Counter(z=3); print(c2)
c &= Counter(z=1); print(c2)
q = deque([1]); q2 = q; q += [2]; print(q2, q is q2)
q *= 2; print(q2)
class L(list): pass
x = L([1]); y = x; x += [2]; print(y, type(y).__name__, x is y)
x *= 2; print(y, type(x).__name__)
class S(set): pass
x = S({1}); y = x; x |= {2}; print(y, type(x).__name__, x is y)
s = set(range(20))
s2 = s
s -= set(range(0, 20, 3)); print(s2)
s = set(range(100)); s.difference_update(range(0, 100, 2)); print(s)
s = set(range(100)); s -= set(range(0, 100, 2)); print(s)
s = set(range(100)); s.symmetric_difference_update(range(50, 150, 3)); print(s)
s = set(range(100)); s ^= set(range(50, 150, 3)); print(s)
s = set(range(50)); s &= set(range(25, 250)); print(s)
s = set(range(5)); s -= set(range(1000)); print(s)
s = set(range(100)); s.intersection_update(range(50, 60), range(55,70)); print(s)
try:
    s |= [2]
except TypeError as e: print(e)
try:
    s -= [2]
except TypeError as e: print(e)
try:
    l = [1]; l -= [1]
except TypeError as e: print(e)
fs = frozenset({1}); f2 = fs; fs |= {2}; print(fs, f2, fs is f2)
s = {1, 2, 3}; s -= s; print(s)
s = {1, 2, 3}; s ^= s; print(s)
s = {1, 2, 3}; s.difference_update({1}, [2]); print(s)
s = {"a", "b", "c"}; s ^= {"c": 1, "d": 2}.keys(); print(len(s))
def g(op):
    s = {1}
    try:
        if op == "|=": s |= [2]
        if op == "&=": s &= [2]
        if op == "-=": s -= [2]
        if op == "^=": s ^= [2]
        if op == "+=": s += [2]
        if op == "*=": s *= [2]
        if op == "**=": s **= [2]
        if op == "//=": s //= [2]
        if op == "<<=": s <<= [2]
    except TypeError as e: print(e)
for op in ["|=", "&=", "-=", "^=", "+=", "*=", "**=", "//=", "<<="]:
    g(op)
t = (1,)
try: t += 1
except TypeError as e: print(e)
l = [1]
try: l += 1
except TypeError as e: print(e)
try: l *= 1.5
except TypeError as e: print(e)
s = "a"
try: s += 1
except TypeError as e: print(e)
try: s -= 1
except TypeError as e: print(e)
class S(set): pass
class F(frozenset): pass
print(S({1}), F({2}), S(), F())
