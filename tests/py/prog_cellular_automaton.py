# 1D elementary cellular automata (rules 30, 90, 110) and a 2D sandpile model
def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]
for rule in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    print(f"rule {rule}:")
    history = []
    for _ in range(12):
        print("  " + "".join("#" if c else "." for c in cells))
        history.append(tuple(cells))
        cells = step(cells, rule)
    print("  live cells per row:", [sum(h) for h in history])
def topple(grid):
    n = len(grid)
    changed, topples = True, 0
    while changed:
        changed = False
        for r in range(n):
            for c in range(n):
                if grid[r][c] >= 4:
                    grid[r][c] -= 4
                    topples += 1
                    changed = True
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        if 0 <= r + dr < n and 0 <= c + dc < n:
                            grid[r + dr][c + dc] += 1
    return topples
g = [[0] * 7 for _ in range(7)]
g[3][3] = 64
t = topple(g)
print("sandpile topples:", t)
for row in g:
    print(" ".join(str(v) for v in row))
print("grains left:", sum(map(sum, g)))
