# uncaught UnboundLocalError
total = 5
def add_to_total(x):
    print("adding", x)
    total = total + x
    return total
def read_total():
    return total
def set_total(x):
    global total
    total = x
    return total
print(read_total(), set_total(7), read_total())
print("before")
add_to_total(3)
