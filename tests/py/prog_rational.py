# a Rational number class with full operator support, normalization and hashing
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __sub__(self, o):
        o = self._coerce(o)
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Rational(o) / self
    def __pow__(self, n):
        if n >= 0:
            return Rational(self.num ** n, self.den ** n)
        return Rational(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return False
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, t - h, -h, abs(-h), h ** 3, t ** -2, 1 + h, 1 - h, 2 * t, 1 / t)
print(Rational(6, -8), Rational(0, 5), repr(Rational(10, 4)), float(Rational(1, 8)), bool(Rational(0)))
print(h == Rational(2, 4), h == 0.5, Rational(4, 2) == 2, h < t, t < h, t <= t, sorted([h, t, Rational(-1, 5), Rational(1)]))
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}), hash(Rational(4, 2)) == hash(2))
harmonic = sum((Rational(1, k) for k in range(1, 21)), Rational(0))
print(harmonic, float(harmonic))
e_approx = Rational(0)
fact = 1
for k in range(20):
    if k:
        fact *= k
    e_approx = e_approx + Rational(1, fact)
print(e_approx, float(e_approx))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
print(max([h, t, Rational(5, 12)]), min(Rational(7, 3), Rational(9, 4)), str(Rational(-3)))
