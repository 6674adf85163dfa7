# Common operations one at a time, in ns per operation: what a program made
# of them pays beyond the seven programs of the main table. Prints one line
# `NAME=NS ...` per round; the last round is the warm one.
import sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


class C:
    k = 5

    def __init__(self):
        self.a = 1

    def m(self, x):
        return x


def f(a, b=2, *, c=3):
    return a


def g():
    yield 1


def run():
    out = []
    o = C(); d = {}; lst = []; s = "abc"; tup = (1, 2, 3)

    def t_call():
        for i in range(N): o.m(i)
    def t_defaults():
        for i in range(N): f(1)
    def t_keywords():
        for i in range(N): f(1, c=4)
    def t_closure():
        y = 3
        def h():
            return y
        for i in range(N): h()
    def t_attr():
        for i in range(N): x = o.a
    def t_class_attr():
        for i in range(N): x = o.k
    def t_isinstance():
        for i in range(N): x = isinstance(o, C)
    def t_new_object():
        for i in range(N): x = C()
    def t_dict_set():
        for i in range(N): d[i] = i
    def t_dict_get():
        for i in range(N): x = d[i]
    def t_dict_get_method():
        for i in range(N): x = d.get(i, 0)
    def t_list_append():
        for i in range(N): lst.append(i)
    def t_list_comp_100():
        for i in range(N // 100): x = [j for j in range(100)]
    def t_unpack():
        for i in range(N): a, b, c = tup
    def t_slice():
        l = list(range(10))
        for i in range(N): x = l[2:5]
    def t_in_tuple():
        for i in range(N): x = 3 in tup
    def t_compare():
        for i in range(N): x = i < 5 and i != 7
    def t_float_math():
        v = 1.5
        for i in range(N): v = v * 1.0000001 + 0.5
    def t_str_concat():
        for i in range(N): x = s + "d"
    def t_str_method():
        for i in range(N): x = s.upper()
    def t_str_in():
        for i in range(N): x = "b" in s
    def t_str_of_int():
        for i in range(N): x = str(i)
    def t_fstring():
        for i in range(N): x = f"{i} and {s}"
    def t_sorted_100():
        for i in range(N // 100): x = sorted(range(100, 0, -1))
    def t_generator():
        for i in range(N): x = next(g())
    def t_try_except():
        for i in range(N):
            try:
                raise ValueError
            except ValueError:
                pass

    for name, fn in list(locals().items()):
        if name.startswith("t_"):
            t = time.perf_counter()
            fn()
            out.append((name[2:], (time.perf_counter() - t) * 1e9 / N))
    print(" ".join("%s=%.1f" % (k, v) for k, v in out))


for _ in range(ROUNDS):
    run()
