# del of names, items, slices, attributes; assert statements
x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
nested = {"k": [1, {"z": 9}]}
del nested["k"][1]["z"]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], {"msg": 1}
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 0
except AssertionError as e:
    print("bare assert:", repr(e), str(e) == "")
def f():
    pass
class Empty:
    pass
if True:
    pass
for _ in range(2):
    pass
print(f(), Empty.__name__)
def g():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(g())
