# sparse matrices stored as dicts of (row, col) -> value with arithmetic dunders
class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v != 0}
    @classmethod
    def from_dense(cls, m):
        return cls(len(m), len(m[0]), {(r, c): v for r, row in enumerate(m) for c, v in enumerate(row) if v})
    @classmethod
    def identity(cls, n):
        return cls(n, n, {(i, i): 1 for i in range(n)})
    def __getitem__(self, rc):
        return self.data.get(rc, 0)
    def __setitem__(self, rc, v):
        if v:
            self.data[rc] = v
        else:
            self.data.pop(rc, None)
    def __add__(self, o):
        out = Sparse(self.rows, self.cols, dict(self.data))
        for k, v in o.data.items():
            out[k] = out[k] + v
        return out
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Sparse(self.rows, self.cols, {k: v * o for k, v in self.data.items()})
        if self.cols != o.rows:
            raise ValueError("dimension mismatch")
        by_row = {}
        for (r, c), v in o.data.items():
            by_row.setdefault(r, []).append((c, v))
        out = Sparse(self.rows, o.cols)
        for (r, k), v in sorted(self.data.items()):
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out
    __rmul__ = __mul__
    def T(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})
    def __eq__(self, o):
        return (self.rows, self.cols, self.data) == (o.rows, o.cols, o.data)
    def density(self):
        return len(self.data) / (self.rows * self.cols)
    def dense(self):
        return [[self[r, c] for c in range(self.cols)] for r in range(self.rows)]
    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self.data)})"
A = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 0, 0, 0], [4, 0, 0, 5]])
B = Sparse.identity(4) * 2
print(A, B, A.density(), sorted(A.data.items()))
print((A + B).dense())
print((A * B).dense(), A * B == 2 * A)
print((A * A.T()).dense())
print(A.T().dense() == [list(r) for r in zip(*A.dense())])
A[0, 0] = 0
A[2, 2] = 7
print(A, sorted(A.data))
try:
    A * Sparse(3, 3)
except ValueError as e:
    print("ValueError:", e)
n = 50
chain = Sparse(n, n, {(i, i + 1): 1 for i in range(n - 1)})
p = Sparse.identity(n)
for _ in range(10):
    p = p * chain
print(p, sorted(p.data)[:3], p[0, 10], p[39, 49])
