# traffic on a ring road (Nagel-Schreckenberg model) with a seeded random generator
import random
random.seed(8)
L, N, VMAX, P_SLOW = 40, 12, 4, 0.25
positions = sorted(random.sample(range(L), N))
speeds = [0] * N
def render():
    road = ["."] * L
    for p, v in zip(positions, speeds):
        road[p] = str(v)
    return "".join(road)
flow = 0
for t in range(20):
    print(f"{t:2d} {render()}")
    new_speeds = []
    for i in range(N):
        gap = (positions[(i + 1) % N] - positions[i] - 1) % L
        v = min(speeds[i] + 1, VMAX, gap)
        if v > 0 and random.random() < P_SLOW:
            v -= 1
        new_speeds.append(v)
    speeds = new_speeds
    moved = []
    for p, v in zip(positions, speeds):
        np_ = (p + v) % L
        if np_ < p:
            flow += 1
        moved.append(np_)
    order = sorted(range(N), key=lambda i: moved[i])
    positions = [moved[i] for i in order]
    speeds = [speeds[i] for i in order]
print("cars crossing the origin:", flow)
print("mean speed:", sum(speeds) / N, "stopped:", speeds.count(0))
