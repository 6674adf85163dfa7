# Call every callable a program can reach (builtins, modules, and the
# globals of Python-written builtins, private helpers included) with
# arguments of every kind: each call may raise, none may crash the runtime.
# Calls that block (channel operations, switching, sleeping) are left out.
import collections, itertools, json, random, math, time, sys, stackless, pickle
targets = {}
def add(ns, where):
    for k, v in list(ns.items()):
        if callable(v):
            targets[where + "." + k] = v
        g = getattr(v, "__globals__", None)
        if isinstance(g, dict) and g is not globals() and id(g) not in seen:
            seen.add(id(g))
            add(g, where + "." + k + ".__globals__")
seen = set()
add(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__), "builtins")
for m in (collections, itertools, json, random, math, time, sys, stackless, pickle):
    add(vars(m), m.__name__)
# Every attribute of every class found so far (unbound methods, __new__,
# __init__...), and of sample instances (bound methods).
samples = [0, 2**80, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3),
           slice(1), None, True, object(), stackless.channel(), stackless.getcurrent(),
           collections.deque(), collections.OrderedDict(), collections.Counter("ab"),
           iter([]), (x for x in ()), map(abs, []), zip(), enumerate([]), ValueError("e")]
for name, v in list(targets.items()):
    if isinstance(v, type):
        for attr in dir(v):
            a = getattr(v, attr, None)
            if callable(a):
                targets[name + "." + attr] = a
for i, obj in enumerate(samples):
    for attr in dir(obj):
        a = getattr(obj, attr, None)
        if callable(a):
            targets["sample%d.%s" % (i, attr)] = a
ARGS = [(), (None,), (1,), (-1,), (2**70,), ("s",), ([],), ({},), ((1, 2),), (1.5,), (None, None), (1, 2, 3), ([1], [2], [3], [4]), (object(),), (stackless.channel(),), (stackless.getcurrent(),), ({1: 2}, "k", 3), ("a", "b", "c", "d", "e")]
skip = {"input", "print"}
names = sorted(targets)
start = int(sys.argv[1]) if len(sys.argv) > 1 else 0
for i, name in enumerate(names[start:], start):
    if name.split(".")[-1] in skip or "exit" in name or "run" in name.split(".")[-1] or "schedule" in name or "sleep" in name or "receive" in name or "send" in name or "switch" in name or "kill" in name or "raise_exception" in name or "throw" in name:
        continue
    for a in ARGS:
        sys.stdout.write("%d %s %r\n" % (i, name, a))
        try:
            targets[name](*a)
        except BaseException:
            pass
print("done", len(names))
