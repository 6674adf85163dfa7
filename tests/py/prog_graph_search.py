# graph algorithms: BFS, DFS, Dijkstra, topological sort, connected components, cycle detection
from collections import deque
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
for k in graph:
    graph[k].sort()
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    dist = {start: 0}
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in graph[u]:
            if v not in seen:
                seen.add(v)
                dist[v] = dist[u] + 1
                q.append(v)
    return order, dist
def dfs(start):
    seen, order = set(), []
    def visit(u):
        seen.add(u)
        order.append(u)
        for v, _ in graph[u]:
            if v not in seen:
                visit(v)
    visit(start)
    return order
def dfs_iter(start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        for v, _ in reversed(graph[u]):
            if v not in seen:
                stack.append(v)
    return order
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[src] = 0
    todo = set(graph)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        if dist[u] == float("inf"):
            break
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print(bfs("A"))
print(dfs("A"), dfs_iter("A"))
dist, prev = dijkstra("A")
print(dist)
print(path(prev, "F"), path(prev, "D"), path(prev, "H"))
def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = [x for x in bfs(n)[0]]
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
def toposort(d):
    state, out = {}, []
    def visit(n):
        if state.get(n) == "doing":
            raise ValueError(f"cycle at {n}")
        if state.get(n) == "done":
            return
        state[n] = "doing"
        for m in d[n]:
            visit(m)
        state[n] = "done"
        out.append(n)
    for n in sorted(d):
        visit(n)
    return out
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("ValueError:", e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
def maze():
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q, seen = deque([(start, 0)]), {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("maze steps:", maze())
