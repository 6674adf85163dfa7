# knight's tour with Warnsdorff's heuristic and a knight-distance BFS table
from collections import deque
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def degree(r, c):
        return sum(1 for dr, dc in MOVES if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0)
    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in MOVES
                   if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
        if not options:
            return board, step - 1
        _, r, c = min(options)
        board[r][c] = step
    return board, n * n
for n in (5, 6, 8):
    board, visited = tour(n)
    print(f"n={n} visited {visited}/{n * n}")
    if n <= 6:
        for row in board:
            print(" ".join(f"{v:2d}" for v in row))
def valid(board):
    n = len(board)
    pos = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    return all((abs(pos[k][0] - pos[k + 1][0]), abs(pos[k][1] - pos[k + 1][1])) in ((1, 2), (2, 1)) for k in range(1, n * n))
print("8x8 valid:", valid(tour(8)[0]))
def distances(n, src):
    dist = {src: 0}
    q = deque([src])
    while q:
        r, c = q.popleft()
        for dr, dc in MOVES:
            nxt = (r + dr, c + dc)
            if 0 <= nxt[0] < n and 0 <= nxt[1] < n and nxt not in dist:
                dist[nxt] = dist[(r, c)] + 1
                q.append(nxt)
    return dist
d = distances(8, (0, 0))
for r in range(8):
    print(" ".join(str(d[(r, c)]) for c in range(8)))
print("max distance:", max(d.values()), "count at max:", sum(1 for v in d.values() if v == max(d.values())))
