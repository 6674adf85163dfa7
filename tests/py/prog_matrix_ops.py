# matrix operations: multiply, transpose, determinant, inverse (fractions as floats), identity
def mat_str(m):
    return "\n".join("[" + " ".join(f"{v:8.3f}" for v in row) + "]" for row in m)
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(col) for col in zip(*m)]
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} * {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(v) for v in idr] for row, idr in zip(m, identity(n))]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [v / pv for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
B = [[1, 2], [0, 1], [4, 0]]
print(matmul(A, B))
print(transpose(B))
print(det(A), det([[1, 2], [2, 4]]), det(identity(4)), det([[3]]))
inv = inverse(A)
print(mat_str(inv))
check = matmul(A, inv)
print([[round(v, 10) + 0.0 for v in row] for row in check])
try:
    matmul(B, B)
except ValueError as e:
    print("ValueError:", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(matpow([[2, 0], [0, 3]], 10))
M = [[(i * 7 + j * 3) % 5 - 2 for j in range(5)] for i in range(5)]
print(M, det(M))
print(mat_str(matmul(M, transpose(M))))
