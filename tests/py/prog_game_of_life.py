# Conway's game of life on a small toroidal grid, with pattern detection
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
def show(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
H, W = 8, 10
glider = parse([".#.", "..#", "###"])
cells = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells")
    print(show(cells, H, W))
    cells = step(cells, H, W)
blinker = parse(["###"])
b = {(r + 3, c + 3) for r, c in blinker}
history = [frozenset(b)]
for i in range(4):
    b = step(b, H, W)
    history.append(frozenset(b))
print("blinker period 2:", history[0] == history[2] == history[4], history[0] != history[1])
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block still life:", step(block, H, W) == block)
rpent = {(r + 3, c + 4) for r, c in parse([".##", "##.", ".#."])}
seen = {}
cur = frozenset(rpent)
for g in range(60):
    if cur in seen:
        print("cycle found: gen", seen[cur], "repeats at", g)
        break
    seen[cur] = g
    cur = frozenset(step(cur, 12, 12))
else:
    print("no cycle in 60 generations")
print(len(cur), sorted(cur)[:5])
