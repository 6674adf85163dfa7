# polynomial arithmetic: add, multiply, evaluate, derivative, division, pretty printing
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def deriv(self):
        return Poly([i * c for i, c in enumerate(self.c)][1:] or [0])
    def divmod(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        q = [0] * max(len(rem) - len(d.c) + 1, 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            f = rem[-1] / d.c[-1]
            if f == int(f):
                f = int(f)
            q[shift] = f
            for i, dc in enumerate(d.c):
                rem[i + shift] -= f * dc
            rem.pop()
        return Poly(q), Poly(rem or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            body = ("" if a == 1 and i else str(a)) + ("x" if i >= 1 else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        s = "".join(f" {sg} {b}" for sg, b in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:]
p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree, q.degree, Poly([0]).degree)
print(p + q, "|", p - q, "|", p * q, "|", q ** 3, "|", 3 * q, "|", q + 5)
print([p(x) for x in range(-2, 3)], p(0.5), (q ** 10)(2))
print(p.deriv(), "|", p.deriv().deriv(), "|", Poly([7]).deriv())
quot, rem = (q ** 3 + Poly([0, 0, 1])).divmod(q)
print(quot, "|", rem)
quot, rem = p.divmod(Poly([1, 1]))
print(quot, "|", rem, "|", quot * Poly([1, 1]) + rem == p)
try:
    p.divmod(Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Poly([0, 0, 0]), Poly([-1]), Poly([0, -1]), Poly([2, 0, -1]), (Poly([1, 1]) ** 5).c)
