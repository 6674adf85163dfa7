# Realistic: a game loop with 50 entity tasklets. Each frame main calls
# schedule() once; since main stays in the runqueue every entity advances
# exactly one step per frame (round robin main, e0..e49). Entities bounce
# inside [0, 100]. At the end main kills them; their finally blocks count.
import stackless
N = 50
pos = [0] * N
cleaned = [0]
def entity(i):
    x = (i * 7) % 100
    v = (i % 5) - 2 or 3
    try:
        while True:
            x += v
            if x < 0:
                x, v = -x, -v
            elif x > 100:
                x, v = 200 - x, -v
            pos[i] = x
            stackless.schedule()
    finally:
        cleaned[0] += 1
ents = [stackless.tasklet(entity)(i) for i in range(N)]
for frame in range(1, 6):
    stackless.schedule()
    left = sum(1 for p in pos if p < 50)
    print("frame", frame, "sum", sum(pos), "left", left, "max", max(pos))
for e in ents:
    e.kill()
print("cleaned", cleaned[0], "runcount", stackless.getruncount())
