# diamond inheritance, C3 linearization, cooperative super()
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")
    def who(self):
        return "D>" + super().who()
d = D()
print(d.trail, d.who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class P1(F, G, H): pass
class P2(I, G): pass
class P3(H, J): pass
class Top(P1, P2, P3): pass
print([k.__name__ for k in Top.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(D, C), isinstance(d, C), D.__bases__)
