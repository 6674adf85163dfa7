# annotations and docstrings are accepted and introspectable
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height
print(area(3, 4), area(2.5), area.__doc__, area.__name__)
print(area.__annotations__)
def no_doc(x):
    return x
print(no_doc.__doc__)
class Shape:
    """A shape with a name."""
    sides: int = 0
    name: str
    def __init__(self, name: str) -> None:
        self.name = name
    def describe(self) -> str:
        "Describe the shape."
        return f"{self.name} with {self.sides} sides"
print(Shape.__doc__, Shape.describe.__doc__, Shape("blob").describe())
count: int = 5
label: str
print(count)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
def multi(a: "anything", *args: int, key: str = "k", **kw: float) -> "result":
    return a, args, key, kw
print(multi(1, 2, 3, key="z", w=1.5))
print(sorted(multi.__annotations__))
lam = lambda x: x
print(lam.__doc__, lam.__name__)
def gen() -> "iterator":
    """A generator with a docstring."""
    yield 1
print(gen.__doc__, list(gen()))
