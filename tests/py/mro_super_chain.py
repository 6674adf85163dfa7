# cooperative multiple inheritance with **kwargs and super() chains
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.log.append("leftover:" + ",".join(sorted(kw)))
    def describe(self):
        return ["Base"]
class Named(Base):
    def __init__(self, name="anon", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
    def describe(self):
        return ["Named:" + self.name] + super().describe()
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
    def describe(self):
        return ["Aged:" + str(self.age)] + super().describe()
class Tagged(Base):
    def __init__(self, tags=(), **kw):
        super().__init__(**kw)
        self.tags = list(tags)
        self.log.append("Tagged")
    def describe(self):
        return ["Tagged:" + "/".join(self.tags)] + super().describe()
class Person(Named, Aged, Tagged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
    def describe(self):
        return ["Person"] + super().describe()
p = Person(name="Ann", age=30, tags=["x", "y"], extra=1)
print(p.log)
print(p.describe())
print([c.__name__ for c in Person.__mro__])
q = Person()
print(q.log, q.describe())
class Mixin:
    def greet(self):
        return "mixin greet from " + type(self).__name__
class Impl(Mixin, Named):
    pass
print(Impl(name="z").greet(), Impl().describe())
class Grand:
    def f(self):
        return "grand"
class Parent(Grand):
    def f(self):
        return "parent+" + super().f()
class Kid(Parent):
    def f(self):
        return "kid+" + super().f()
    def skip(self):
        return super(Parent, self).f()
print(Kid().f(), Kid().skip())
class WithCls:
    @classmethod
    def make(cls):
        return cls.__name__
class SubCls(WithCls):
    @classmethod
    def make(cls):
        return "sub:" + super().make()
print(SubCls.make(), WithCls.make())
