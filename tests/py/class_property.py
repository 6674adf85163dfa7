# @property with setter/deleter, staticmethod, classmethod
class Temperature:
    scale = "C"
    instances = 0
    def __init__(self, celsius=0.0):
        self._c = celsius
        Temperature.instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.instances}"
    def __repr__(self):
        return f"Temperature({self._c:.1f})"
t = Temperature(25)
print(t.celsius, t.fahrenheit, t)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t)
print(Temperature.c_to_f(37), t.c_to_f(0), Temperature.from_f(212), t.from_f(32))
print(Temperature.count(), t.count())
class Kelvin(Temperature):
    scale = "K"
    @property
    def kelvin(self):
        return self.celsius + 273.15
k = Kelvin.from_f(32)
print(type(k).__name__, k.kelvin, Kelvin.count(), k.scale, Temperature.scale)
print(type(Temperature.__dict__["celsius"]).__name__, isinstance(Temperature.celsius, property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
def getx(self):
    return self._x * 2
class Manual:
    def __init__(self):
        self._x = 5
    x = property(getx)
    double = staticmethod(lambda v: v * 2)
    make = classmethod(lambda cls: cls.__name__)
print(Manual().x, Manual.double(4), Manual.make())
