# basic classes: attributes, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
a = Dog("Rex")
b = Dog("Fido", 5)
print(a, b, [a, b], Dog.count, a.species, b.species)
print(a.speak(), b.birthday().birthday(), b.age)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
m = a.speak
print(m(), Dog.speak(b), type(m).__name__)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, a.__class__.__name__)
print(Dog, type(Dog).__name__)
print(sorted(vars(a)), vars(b))
a.trick = "roll"
print(hasattr(a, "trick"), hasattr(b, "trick"), getattr(b, "trick", "none"))
try:
    b.trick
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
e.x = 1
print(vars(e), Empty.__name__, isinstance(e, object))
class WithDoc:
    "docstring here"
    value = [1, 2]
print(WithDoc.__doc__, WithDoc.value, WithDoc().value is WithDoc.value)
print(Dog.__init__.__name__, Dog.speak.__name__)
