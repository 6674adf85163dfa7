# arithmetic dunders including reflected and in-place
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __invert__(self):
        return V(~self.x, ~self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 3, -a, +a, abs(b))
print(a + 1, 1 + a, a + 0.5, sum([a, b, V(10, 10)], V(0, 0)), sum([a, b], 0) if False else "-")
print(a @ b, a & b, a | b, a ^ b, a << 2, V(8, 16) >> 3, ~a)
c = a
c += b
print(c, a, c is a)
d = V(1, 1)
e = d
d -= V(1, 0)
print(d, e, d is e)
d *= 5
print(d)
try:
    a + "s"
except TypeError as ex:
    print("TypeError:", ex)
try:
    "s" - a
except TypeError as ex:
    print("TypeError:", ex)
class OnlyR:
    def __radd__(self, o):
        return f"radd({o!r})"
    def __rsub__(self, o):
        return f"rsub({o!r})"
    def __rtruediv__(self, o):
        return f"rtruediv({o!r})"
    def __rpow__(self, o):
        return f"rpow({o!r})"
print(5 + OnlyR(), "x" + OnlyR(), 5 - OnlyR(), 1 / OnlyR(), 2 ** OnlyR(), [1] + OnlyR())
