# The collector recycles the records of dead instances for new ones: every
# new instance must still start out empty, of its own class, whatever the
# dead one held (attributes, a requested __dict__, many attributes, an
# exception's data). Enough objects die here to run many collections.


class Point:
    def __init__(self, i):
        self.x = i
        self.y = -i


class Bare:
    pass


class Wide:
    def __init__(self, i):
        for k in range(12):
            setattr(self, "a%d" % k, i + k)


class Oops(Exception):
    pass


kept = []
problems = 0
for rnd in range(2):
    for i in range(15000):
        p = Point(i)
        if i % 5000 == 0:
            kept.append(p)
        w = Wide(i) if i % 7 == 0 else None
        d = Bare()
        d.__dict__["secret"] = i
        try:
            raise Oops(i)
        except Oops as e:
            last = e
    for i in range(15000):
        b = Bare()
        if vars(b) or hasattr(b, "x") or hasattr(b, "secret") or type(b) is not Bare:
            problems += 1
        b.z = i
        q = Point(i)
        if sorted(vars(q)) != ["x", "y"] or q.x != i:
            problems += 1
        if i % 9 == 0:
            b.__dict__["w"] = 1
            if sorted(b.__dict__) != ["w", "z"]:
                problems += 1
print("problems", problems)
print([(p.x, p.y) for p in kept[:5]], len(kept))
print(type(last).__name__, last.args, isinstance(last, Exception))
w = Wide(3)
print(sorted(vars(w).items())[:3], len(vars(w)))
