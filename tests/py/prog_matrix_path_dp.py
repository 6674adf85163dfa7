# grid dynamic programming: min path sum, unique paths with obstacles, largest square, max rectangle
grid = [[1, 3, 1, 8, 2], [1, 5, 1, 2, 9], [4, 2, 1, 7, 1], [6, 1, 9, 1, 1]]
R, C = len(grid), len(grid[0])
best = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        up = best[r - 1][c] if r else float("inf")
        left = best[r][c - 1] if c else float("inf")
        best[r][c] = grid[r][c] + (0 if r == c == 0 else min(up, left))
path, r, c = [], R - 1, C - 1
while True:
    path.append((r, c))
    if r == c == 0:
        break
    if r and (not c or best[r - 1][c] <= best[r][c - 1]):
        r -= 1
    else:
        c -= 1
print("min path sum:", best[-1][-1], "path:", path[::-1])
for row in best:
    print(" ".join(f"{v:3d}" for v in row))
obst = ["....#", ".#...", "...#.", "#...."]
ways = [[0] * 5 for _ in range(4)]
for r in range(4):
    for c in range(5):
        if obst[r][c] == "#":
            continue
        ways[r][c] = 1 if r == c == 0 else (ways[r - 1][c] if r else 0) + (ways[r][c - 1] if c else 0)
print("unique paths:", ways[-1][-1], ways)
M = ["10100", "10111", "11111", "10010", "11110"]
sq = [[0] * 5 for _ in range(5)]
biggest = 0
for r in range(5):
    for c in range(5):
        if M[r][c] == "1":
            sq[r][c] = 1 if r == 0 or c == 0 else 1 + min(sq[r - 1][c], sq[r][c - 1], sq[r - 1][c - 1])
            biggest = max(biggest, sq[r][c])
print("largest square side:", biggest)
def largest_hist(h):
    stack, best = [], 0
    for i, x in enumerate(h + [0]):
        start = i
        while stack and stack[-1][1] >= x:
            j, y = stack.pop()
            best = max(best, y * (i - j))
            start = j
        stack.append((start, x))
    return best
heights = [0] * 5
area = 0
for row in M:
    heights = [h + 1 if ch == "1" else 0 for h, ch in zip(heights, row)]
    area = max(area, largest_hist(heights))
print("largest rectangle:", area, largest_hist([2, 1, 5, 6, 2, 3]))
