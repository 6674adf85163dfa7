# word ladder via BFS over a small dictionary, with path reconstruction
from collections import deque
WORDS = """cold cord card ward warm word worm wore core care dare date gate game came cane cone
bone bond band hand hard lard lord load road read bead head heal teal tell tall ball bell
sell seal meal meat heat beat best bust must mist most post past fast cast case cave gave""".split()
WORDSET = set(WORDS)
def neighbors(w):
    out = []
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in WORDSET:
                    out.append(cand)
    return out
def ladder(start, goal):
    if start not in WORDSET or goal not in WORDSET:
        raise KeyError(f"unknown word in {start!r}->{goal!r}")
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w is not None:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbors(w):
            if n not in prev:
                prev[n] = w
                q.append(n)
    return None
for a, b in [("cold", "warm"), ("head", "tail"), ("hand", "foot"), ("game", "bone"), ("best", "cast"), ("load", "head"), ("cold", "cold"), ("meal", "most")]:
    try:
        p = ladder(a, b)
        print(f"{a} -> {b}: {' > '.join(p) if p else 'no path'}" + (f" ({len(p) - 1} steps)" if p else ""))
    except KeyError as e:
        print("KeyError:", e)
degree = {w: len(neighbors(w)) for w in WORDS}
print(max(degree.items(), key=lambda kv: (kv[1], kv[0])), sorted(w for w, d in degree.items() if d == 0))
seen, comps = set(), []
for w in WORDS:
    if w in seen:
        continue
    comp, q = [], deque([w])
    seen.add(w)
    while q:
        x = q.popleft()
        comp.append(x)
        for n in neighbors(x):
            if n not in seen:
                seen.add(n)
                q.append(n)
    comps.append(len(comp))
print("components:", sorted(comps, reverse=True))
