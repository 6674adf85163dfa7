# backtracking: N-queens counts and a sudoku solver
def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    placed = []
    def place(r):
        if r == n:
            sols.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); placed.pop()
    place(0)
    return sols
for n in range(1, 9):
    s = queens(n)
    print(n, len(s), s[0] if s else None)
board = queens(6)[0]
for c in board:
    print(" ".join("Q" if i == c else "." for i in range(6)))
puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != "." else 0 for ch in line] for line in puzzle.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]
steps = [0]
def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        steps[0] += 1
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False
print(solve(grid), steps[0])
for row in grid:
    print("".join(map(str, row)))
ok = all(sorted(row) == list(range(1, 10)) for row in grid) and all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
