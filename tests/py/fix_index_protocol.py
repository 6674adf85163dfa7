class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
tests = [("hex", lambda: hex(I(255))), ("bin", lambda: bin(I(5))), ("oct", lambda: oct(I(8))),
 ("list[]", lambda: [0,1,2,3][I(2)]), ("range[]", lambda: range(10)[I(3)]), ("strslice", lambda: 'abcdef'[I(1):I(4)]),
 ("range()", lambda: range(I(3))), ("range3", lambda: list(range(I(1), I(10), I(3)))), ("tuple[]", lambda: (1,2,3)[I(0)]), ("listslice", lambda: [1,2,3][I(0):I(2)]),
 ("strmul", lambda: 'ab' * I(2)), ("rmul", lambda: I(3) * 'ab'), ("int()", lambda: int(I(7))), ("chr", lambda: chr(I(65))), ("round", lambda: round(2.567, I(1))),
 ("listmul", lambda: [0] * I(2)), ("tuplemul", lambda: (1,) * I(3)), ("pow", lambda: pow(2, I(3), 5)), ("str[]", lambda: "xyz"[I(1)]), ("step", lambda: "abcdefgh"[::I(2)]),
 ("neg", lambda: [1,2,3][I(-1)]), ("bytes", lambda: b"abc"[I(1)]), ("badidx", lambda: [1][I(5)]), ("rangeslice", lambda: range(10)[I(2):I(5)]),
 ("roundI", lambda: round(I(3), 1))]
for name, f in tests:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
l = [0, 1, 2, 3, 4]
l[I(1)] = "x"; print(l)
l[I(1):I(3)] = ["a"]; print(l)
del l[I(0)]; print(l)
del l[I(0):I(1)]; print(l)
m = [1, 2]; m2 = m; m *= I(2); print(m2, m is m2)
class Bad:
    def __index__(self): return "x"
try: [1][Bad()]
except TypeError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
