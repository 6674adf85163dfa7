# seeded maze generation (randomized DFS) and solving with BFS, rendered as ASCII
import random
from collections import deque
def generate(w, h, seed):
    random.seed(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    dirs = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        opts = [(d, x + dx, y + dy, back) for d, (dx, dy, back) in sorted(dirs.items()) if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not opts:
            stack.pop()
            continue
        d, nx, ny, back = random.choice(opts)
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls
def solve(walls, w, h):
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev = {(0, 0): None}
    q = deque([(0, 0)])
    while q:
        cur = q.popleft()
        if cur == (w - 1, h - 1):
            break
        for d, (dx, dy) in moves.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    q.append(nxt)
    path, c = [], (w - 1, h - 1)
    while c is not None:
        path.append(c)
        c = prev[c]
    return path[::-1]
def render(walls, w, h, path=()):
    on = set(path)
    lines = ["+" + "--+" * w]
    for y in range(h):
        row, below = "|", "+"
        for x in range(w):
            row += ("()" if (x, y) in on else "  ") + ("|" if "E" in walls[(x, y)] else " ")
            below += ("--" if "S" in walls[(x, y)] else "  ") + "+"
        lines += [row, below]
    return "\n".join(lines)
for seed, (w, h) in [(1, (8, 5)), (42, (12, 6))]:
    walls = generate(w, h, seed)
    path = solve(walls, w, h)
    print(render(walls, w, h, path))
    openings = sum(4 - len(v) for v in walls.values()) // 2
    dead_ends = sum(1 for v in walls.values() if len(v) == 3)
    print(f"seed={seed} path length={len(path)} passages={openings} dead ends={dead_ends}")
