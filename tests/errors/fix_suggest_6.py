try:
    prnt
except NameError as e:
    print(e, e.name)
try:
    [].apend
except AttributeError as e:
    print(e, e.name, e.obj)
Lenght = 3
print(LENGHT)
