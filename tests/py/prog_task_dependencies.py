# build system: tasks with dependencies, Kahn topological order, parallel levels, critical path
tasks = {
    "fetch": (3, []), "configure": (2, ["fetch"]), "compile_a": (5, ["configure"]), "compile_b": (4, ["configure"]),
    "compile_c": (6, ["configure"]), "link": (2, ["compile_a", "compile_b", "compile_c"]), "docs": (3, ["fetch"]),
    "test": (4, ["link"]), "package": (1, ["link", "docs"]), "release": (1, ["test", "package"]),
}
def kahn(tasks):
    indeg = {t: len(d) for t, (_, d) in tasks.items()}
    users = {t: [] for t in tasks}
    for t, (_, deps) in tasks.items():
        for d in deps:
            users[d].append(t)
    ready = sorted(t for t, n in indeg.items() if n == 0)
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(tasks):
        raise ValueError("cycle among: " + ", ".join(sorted(t for t in tasks if t not in order)))
    return order
order = kahn(tasks)
print(order)
level = {}
for t in order:
    level[t] = 1 + max((level[d] for d in tasks[t][1]), default=-1)
by_level = {}
for t, l in level.items():
    by_level.setdefault(l, []).append(t)
for l in sorted(by_level):
    print(f"level {l}: {sorted(by_level[l])}")
finish, via = {}, {}
for t in order:
    dur, deps = tasks[t]
    start = max((finish[d] for d in deps), default=0)
    via[t] = max(deps, key=lambda d: finish[d]) if deps else None
    finish[t] = start + dur
end = max(finish, key=finish.get)
path, cur = [], end
while cur:
    path.append(cur)
    cur = via[cur]
print("makespan:", finish[end], "critical path:", " -> ".join(reversed(path)))
print("total work:", sum(d for d, _ in tasks.values()))
slack = {}
latest = {t: finish[end] for t in tasks}
for t in reversed(order):
    for d in tasks[t][1]:
        latest[d] = min(latest[d], latest[t] - tasks[t][0])
for t in order:
    slack[t] = latest[t] - finish[t]
print({t: s for t, s in slack.items() if s})
tasks["fetch"] = (3, ["release"])
try:
    kahn(tasks)
except ValueError as e:
    print("ValueError:", e)
