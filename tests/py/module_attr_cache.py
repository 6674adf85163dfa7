# Attribute loads on modules are cached per instruction (the slot of the
# name in the module's dict): every change to the module must show.
import math
import json


def read_pi(m):
    return m.pi


def call_dumps(m):
    return m.dumps([1])


for step in range(3):
    print(step, read_pi(math), call_dumps(json))
    if step == 0:
        math.pi = 3
        json.dumps = lambda x: "replaced %r" % (x,)
    elif step == 1:
        del math.pi
        for k in range(20):
            setattr(math, "extra_%d" % k, k)
        math.pi = "back"
        setattr(json, "".join(["du", "mps"]), lambda x: "non-interned key %r" % (x,))

# Two different modules through the same instruction.
for m in (math, json, math):
    print(getattr(m, "__name__"), m.__name__)

try:
    del math.pi
    print(read_pi(math))
except AttributeError as e:
    print("AttributeError", e)
