# 500 moving entities, each its own tasklet, drawn at 60 frames a second.
# Every entity moves once a frame, then sleeps until the next frame is due
# (time.sleep suspends only the calling tasklet); the main tasklet draws
# each frame when it is due. The playground's host module `canvas` draws:
# canvas.size(w, h) shows the canvas, canvas.frame(dots) one frame of
# (x, y, hue) dots.
import stackless, time, random, canvas

W, H = 640, 400
N = 500
FRAMES = 180
random.seed(6)
dots = [None] * N
FRAME = 1 / 60
next_frame = time.monotonic()

def until_next_frame():
    time.sleep(max(0.0, next_frame - time.monotonic()))

def entity(i):
    x, y = random.uniform(10, W - 10), random.uniform(10, H - 10)
    vx, vy = random.uniform(-3, 3), random.uniform(-3, 3)
    hue = i * 360 // N
    while True:
        x += vx
        y += vy
        if not 0 < x < W:
            vx = -vx
        if not 0 < y < H:
            vy = -vy
        dots[i] = (int(x), int(y), hue)
        until_next_frame()

canvas.size(W, H)
for i in range(N):
    stackless.tasklet(entity)(i)

t0 = time.monotonic()
for frame in range(FRAMES):
    next_frame += FRAME
    until_next_frame()
    canvas.frame(dots)
    if (frame + 1) % 60 == 0:
        print(f"frame {frame + 1}")
elapsed = time.monotonic() - t0
print(f"{N} entity tasklets, {FRAMES} frames drawn")
print(f"{FRAMES / elapsed:.0f} frames per second")
