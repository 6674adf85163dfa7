# family tree: people objects, relations, ancestors/descendants, generations, cousin detection
class Person:
    registry = {}
    def __init__(self, name, born, parents=()):
        self.name, self.born, self.parents = name, born, list(parents)
        self.children = []
        for p in self.parents:
            p.children.append(self)
        Person.registry[name] = self
    def __repr__(self):
        return self.name
    def ancestors(self):
        out = []
        for p in self.parents:
            out.append(p)
            out.extend(a for a in p.ancestors() if a not in out)
        return out
    def descendants(self):
        out = []
        for c in self.children:
            out.append(c)
            out.extend(c.descendants())
        return out
    def generation(self):
        return 0 if not self.parents else 1 + max(p.generation() for p in self.parents)
    def siblings(self):
        return sorted({c for p in self.parents for c in p.children if c is not self}, key=lambda x: x.name)
def relation(a, b):
    if b in a.parents:
        return "parent"
    if a in b.parents:
        return "child"
    if b in a.siblings():
        return "sibling"
    if b in a.ancestors():
        return "ancestor"
    if a in b.ancestors():
        return "descendant"
    if any(set(id(x) for x in gp.parents) & set(id(y) for q in b.parents for y in q.parents) for gp in a.parents):
        return "cousin"
    common = [x for x in a.ancestors() if x in b.ancestors()]
    return f"related via {common[0]}" if common else "unrelated"
P = Person
adam, eve = P("Adam", 1900), P("Eve", 1902)
bob, cara = P("Bob", 1925, [adam, eve]), P("Cara", 1928, [adam, eve])
dan, erin = P("Dan", 1926), P("Erin", 1930)
fay = P("Fay", 1950, [bob, erin])
gus = P("Gus", 1952, [cara, dan])
hal = P("Hal", 1955, [bob, erin])
ivy = P("Ivy", 1980, [fay])
zed = P("Zed", 1960)
print("ancestors of Ivy:", ivy.ancestors())
print("descendants of Adam:", adam.descendants())
print("generations:", {n: p.generation() for n, p in P.registry.items()})
print("siblings of Fay:", fay.siblings(), "of Bob:", bob.siblings(), "of Zed:", zed.siblings())
for a, b in [(ivy, fay), (fay, ivy), (fay, hal), (ivy, adam), (adam, ivy), (fay, gus), (ivy, gus), (zed, bob)]:
    print(f"{a} -> {b}: {relation(a, b)}")
oldest = min(P.registry.values(), key=lambda p: p.born)
print("oldest:", oldest, "largest family:", max(P.registry.values(), key=lambda p: (len(p.descendants()), p.name)))
