# None and bool semantics, truthiness of everything
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
def f():
    pass
print(f(), f() is None)
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, range(0), range(1), None, True, False, b"", b"\x00", frozenset()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy", not v)
print(True + True, True * 3.5, False - 1, True / 2, True // 1, -False, abs(True))
print(True and "x", False and "x", None or "default", "" or 0 or [] or "last", 1 and 2 and 3)
print(all([]), any([]), all([1, 1]), any([0, None, ""]), all(x > 0 for x in [1, 2, 0]))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, bool.__name__)
print(str(True), int(False), float(True), True == 1.0, hash(True), sorted([True, False, True]))
print(bool("False"), bool(0j) if False else bool(0), True is not False)
x = None
print(x if x is not None else "was None")
print([None] * 2, {None: None}, (None,))
