# instance attributes shadowing methods and class attributes, mutable class attributes
class Widget:
    color = "red"
    tags = []
    def render(self):
        return f"<{self.color}>"
    def size(self):
        return 10
w1, w2 = Widget(), Widget()
w1.color = "blue"
print(w1.render(), w2.render(), Widget.color)
w1.size = lambda: 99
print(w1.size(), w2.size(), Widget.size(w1))
del w1.size
print(w1.size())
w1.tags.append("shared!")
print(w2.tags, Widget.tags)
w2.tags = ["own"]
print(w1.tags, w2.tags)
Widget.color = "green"
print(w1.color, w2.color)
Widget.render = lambda self: f"[{self.color}]"
print(w1.render(), w2.render())
class Counter:
    count = 0
    def incr(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.incr(), c1.incr(), c2.incr(), Counter.count, vars(c1), vars(c2))
class WithProp:
    @property
    def value(self):
        return "property wins"
wp = WithProp()
try:
    wp.value = "instance"
except AttributeError as e:
    print("AttributeError:", e)
wp.__dict__["value"] = "in dict"
print(wp.value, vars(wp))
class Meta:
    def method(self):
        return "method"
m = Meta()
bound = m.method
Meta.method = lambda self: "replaced"
print(bound(), m.method())
class Outer:
    name = "outer-class"
    class Inner:
        name = "inner-class"
        def get(self):
            return self.name
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make_inner().name, Outer.Inner.__name__)
