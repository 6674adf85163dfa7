# import forms: import X, import X as Y, from X import a, b as c; modules as values
import math
import math as m
import json, sys
from math import sqrt, pi as PI, floor
from collections import deque as Deque, Counter
from itertools import chain as chained
import random as rnd
import time
print(type(math).__name__, math.__name__, m is math, m.sqrt(16), sqrt(2) == math.sqrt(2), PI == math.pi, floor(-1.5))
print(Deque([1, 2]), Counter("aab"), list(chained("ab", "cd")))
print(json.__name__, sys.__name__, rnd.__name__, time.__name__)
rnd.seed(3)
a = rnd.random()
import random
random.seed(3)
print(a == random.random(), rnd is random)
def use_module(mod, name, *args):
    return getattr(mod, name)(*args)
print(use_module(math, "factorial", 10), use_module(json, "dumps", [1]), hasattr(math, "tau"), hasattr(math, "nope"))
modules = {"m": math, "j": json}
print(sorted(modules), modules["m"].gcd(12, 8), modules["j"].loads("[2]"))
def local_import():
    from math import comb
    import itertools as it
    return comb(5, 2), list(it.islice(it.count(), 3))
print(local_import())
try:
    comb
except NameError as e:
    print("NameError:", e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("import failed:", isinstance(e, ImportError))
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", type(e).__name__)
import math
print(math is m, math.isqrt(99))
