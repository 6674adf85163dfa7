# exact dice probability distributions via convolution, compared with a seeded simulation
import random
def convolve(a, b):
    out = {}
    for x, px in a.items():
        for y, py in b.items():
            out[x + y] = out.get(x + y, 0) + px * py
    return out
die = {i: 1 for i in range(1, 7)}
dist = {0: 1}
for n in range(1, 4):
    dist = convolve(dist, die)
    total = sum(dist.values())
    mean = sum(k * v for k, v in dist.items()) / total
    var = sum((k - mean) ** 2 * v for k, v in dist.items()) / total
    print(f"{n}d6: outcomes={total} mean={mean} var={var:.4f} mode={max(dist, key=lambda k: (dist[k], -k))}")
for k in sorted(dist):
    print(f"{k:2d} {dist[k]:3d} {dist[k] / 216:.4f} {'#' * dist[k]}")
random.seed(6)
trials = 3000
sim = {}
for _ in range(trials):
    s = sum(random.randint(1, 6) for _ in range(3))
    sim[s] = sim.get(s, 0) + 1
err = max(abs(sim.get(k, 0) / trials - dist[k] / 216) for k in dist)
print("max abs error:", round(err, 5), "most common:", max(sim, key=lambda k: (sim[k], k)))
def p_at_least(dist, t):
    tot = sum(dist.values())
    return sum(v for k, v in dist.items() if k >= t) / tot
print([round(p_at_least(dist, t), 4) for t in (3, 10, 11, 15, 18)])
adv = {}
for a in range(1, 21):
    for b in range(1, 21):
        m = max(a, b)
        adv[m] = adv.get(m, 0) + 1
print("d20 advantage mean:", sum(k * v for k, v in adv.items()) / 400, "P(20):", adv[20] / 400)
