# number patterns: Pascal's triangle, Sierpinski via mod 2, spiral matrix, magic square, diamond
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
P = pascal(12)
width = len(" ".join(map(str, P[-1])))
for row in P:
    print(" ".join(map(str, row)).center(width).rstrip())
for row in pascal(16):
    print("".join("*" if v % 2 else " " for v in row).center(16).rstrip())
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
def magic(n):
    m = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if m[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return m
M = magic(5)
for row in M:
    print(" ".join(f"{v:2d}" for v in row))
sums = {sum(r) for r in M} | {sum(c) for c in zip(*M)} | {sum(M[i][i] for i in range(5)), sum(M[i][4 - i] for i in range(5))}
print("magic sums:", sums)
for i in list(range(1, 6)) + list(range(4, 0, -1)):
    print(" " * (5 - i) + "*" * (2 * i - 1))
print([sum(r) for r in P], [P[n][n // 2] for n in range(0, 12, 2)])
