# a seeded Monte Carlo and dice simulation: deterministic outputs
import random
random.seed(2024)
N = 2000
inside = 0
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate:", 4 * inside / N)
counts = {}
for _ in range(600):
    r = random.randint(1, 6) + random.randint(1, 6)
    counts[r] = counts.get(r, 0) + 1
for total in sorted(counts):
    print(f"{total:2d} {'#' * (counts[total] // 5)} {counts[total]}")
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice([-1, 1]))
print(walk)
print(min(walk), max(walk))
def monty(switch):
    doors = [0, 0, 1]
    random.shuffle(doors)
    pick = random.randrange(3)
    opened = [i for i in range(3) if i != pick and doors[i] == 0]
    reveal = random.choice(opened)
    if switch:
        pick = next(i for i in range(3) if i != pick and i != reveal)
    return doors[pick]
print("stay wins:", sum(monty(False) for _ in range(300)))
print("switch wins:", sum(monty(True) for _ in range(300)))
names = ["ann", "bob", "cy", "di", "ed", "flo"]
teams = random.sample(names, len(names))
print(teams[:3], teams[3:])
print([round(random.uniform(1.5, 2.5), 4) for _ in range(4)])
