# global statement and scoping rules
x = "global x"
counter = 0
def read_global():
    return x
def write_global():
    global x, counter
    x = "modified"
    counter += 1
def shadow():
    x = "local x"
    return x
print(read_global(), shadow(), x)
write_global()
write_global()
print(x, counter)
def define_new_global():
    global brand_new
    brand_new = 42
define_new_global()
print(brand_new)
def bad():
    try:
        print(y_local)
    except NameError as e:
        print("NameError:", e)
    y_local = 1
    return y_local
print(bad())
def unbound_local():
    total = 0
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return total
unbound_local()
print(isinstance(UnboundLocalError(), NameError))
def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter
print(nested_global(), counter)
for loopvar in range(3):
    pass
print(loopvar)
if True:
    block_var = "visible"
print(block_var)
[comp_var for comp_var in range(3)]
try:
    print(comp_var)
except NameError as e:
    print("NameError:", e)
def default_scope(v=x):
    return v
x = "again"
print(default_scope(), x)
