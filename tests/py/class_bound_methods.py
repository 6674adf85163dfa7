# bound and unbound methods: binding, storing, comparing, passing as callbacks
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="you"):
        return f"{self.name} greets {other}"
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
g = Greeter("Ann")
h = Greeter("Bob")
bm = g.greet
print(bm(), bm("Cy"), Greeter.greet(h), Greeter.greet(g, "Dee"))
print(type(bm).__name__, type(Greeter.greet).__name__, type(Greeter.kind).__name__, type(Greeter.helper).__name__)
print(bm.__self__ is g, bm.__func__ is Greeter.greet, bm.__name__)
print(g.greet == g.greet, g.greet == h.greet)
callbacks = [g.greet, h.greet, Greeter.kind, g.kind, Greeter.helper, g.helper]
print([cb() if cb not in (Greeter.helper, g.helper) else cb(21) for cb in callbacks])
g.name = "Annie"
print(bm())
names = list(map(Greeter.greet, [g, h]))
print(names)
ops = {"upper": str.upper, "title": str.title}
print({k: f("hello world") for k, f in ops.items()}, list(map(str.strip, [" a ", "b "])))
lst = []
add = lst.append
for i in range(3):
    add(i)
print(lst, add.__self__ is lst)
counter = {}
inc = counter.setdefault
inc("a", 0)
print(counter)
class Button:
    def __init__(self, label, on_click):
        self.label, self.on_click = label, on_click
    def click(self):
        return self.on_click(self.label)
class App:
    def __init__(self):
        self.log = []
    def handle(self, label):
        self.log.append(label)
        return len(self.log)
app = App()
buttons = [Button(l, app.handle) for l in ("ok", "cancel", "ok")]
print([b.click() for b in buttons], app.log)
