class A:
    def __hash__(self):
        return hash((1, 2))
print(hash(A()) == hash((1, 2)), hash((1,2)))
print(hash(A()))
class B:
    def __hash__(self):
        return 2**70
print(hash(B()))
class C:
    def __hash__(self):
        return -1
print(hash(C()))
class D:
    def __hash__(self):
        return -3550055125485641917
print(hash(D()))
class E:
    def __hash__(self):
        return 2**63 - 1
print(hash(E()))
class F:
    def __hash__(self):
        return -2**63
print(hash(F()))
class G:
    def __hash__(self):
        return True
print(hash(G()))
class I(int): pass
class H:
    def __hash__(self):
        return I(-1)
print(hash(H()))
class J:
    def __hash__(self):
        return -2**64 - 5
print(hash(J()))
d = {D(): 1}
print(list(d.values()))
class K:
    def __hash__(self):
        return 1.5
try:
    hash(K())
except TypeError as e:
    print(e)
