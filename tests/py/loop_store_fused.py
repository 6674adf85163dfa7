# Loops whose loop variable store the compiler fuses with the next load:
# the interpreter's loop fast paths must store and load exactly as written.
def unbound_in_loop():
    for i in range(3):
        try:
            x = later
        except UnboundLocalError as e:
            print("iteration", i, type(e).__name__, e)
        later = i * 10
    print("later", later)

def sums():
    total = 0
    for i in range(10):
        total += i
    acc = []
    for x in [3, 1, 4, 1, 5]:
        acc.append(x * total)
    for t in (7, 8):
        acc.append(t + total)
    print(total, acc)

def nested():
    out = []
    for i in range(3):
        for j in "ab":
            out.append((i, j))
    print(out)

def with_break_else():
    for n in [2, 3, 4]:
        k = n
        if n == 3:
            break
    else:
        print("no break")
    print("broke at", k)
    for n in range(2):
        k = n
    else:
        print("else ran, k =", k)

def generator_loop():
    def g():
        yield from range(3)
    seen = 0
    for v in g():
        seen += v
    print("generator", seen)

def dict_and_empty():
    d = {"a": 1, "b": 2}
    keys = []
    for k in d:
        keys.append(k)
    for k in []:
        keys.append("never")
    print(keys)

def rebinding_iterable():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        xs = None
        out.append(x)
    print(out, xs)

unbound_in_loop()
sums()
nested()
with_break_else()
generator_loop()
dict_and_empty()
rebinding_iterable()
