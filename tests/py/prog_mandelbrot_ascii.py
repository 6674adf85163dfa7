# ASCII Mandelbrot and Julia sets using float arithmetic (no complex numbers)
def mandel(cx, cy, max_iter=40):
    x = y = 0.0
    for i in range(max_iter):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2 * x * y + cy
        x = x2 - y2 + cx
    return max_iter
CHARS = " .:-=+*#%@"
def render(fn, x0, x1, y0, y1, w, h):
    rows = []
    for r in range(h):
        cy = y0 + (y1 - y0) * r / (h - 1)
        row = ""
        for c in range(w):
            cx = x0 + (x1 - x0) * c / (w - 1)
            n = fn(cx, cy)
            row += CHARS[min(n * len(CHARS) // 41, len(CHARS) - 1)]
        rows.append(row)
    return rows
for line in render(mandel, -2.2, 0.8, -1.2, 1.2, 60, 21):
    print(line.rstrip() or ".")
def julia(zx, zy, cx=-0.8, cy=0.156, max_iter=40):
    for i in range(max_iter):
        if zx * zx + zy * zy > 4.0:
            return i
        zx, zy = zx * zx - zy * zy + cx, 2 * zx * zy + cy
    return max_iter
for line in render(julia, -1.6, 1.6, -1.0, 1.0, 50, 13):
    print(line)
inside = sum(1 for r in range(40) for c in range(40) if mandel(-2 + 2.5 * c / 39, -1.25 + 2.5 * r / 39) == 40)
print("points inside:", inside, "area estimate:", round(inside / 1600 * 2.5 * 2.5, 4))
print(mandel(0, 0), mandel(1, 1), mandel(-0.75, 0.1), mandel(-1.5, 0.0), mandel(0.3, 0.5))
