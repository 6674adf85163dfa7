# tic-tac-toe with memoized minimax: perfect play, scripted positions
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if "." not in b else None
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w == "X":
        res = (1, None)
    elif w == "O":
        res = (-1, None)
    elif w == "draw":
        res = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        res = best
    memo[key] = res
    return res
def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))
print("empty board value:", minimax("." * 9, "X"))
print("positions explored:", len(memo))
b = "." * 9
player = "X"
while winner(b) is None:
    _, move = minimax(b, player)
    b = b[:move] + player + b[move + 1:]
    player = "O" if player == "X" else "X"
print(show(b))
print("result:", winner(b))
puzzles = ["XX.OO....", "X.O.X.O..", "OX.XO....", "XOXOXO...", "X...O...."]
for p in puzzles:
    xs, os_ = p.count("X"), p.count("O")
    turn = "X" if xs == os_ else "O"
    score, move = minimax(p, turn)
    print(p, turn, "to move -> best", move, "value", score)
def count_games(b, player):
    w = winner(b)
    if w is not None:
        return {w: 1}
    total = {}
    for i in range(9):
        if b[i] == ".":
            sub = count_games(b[:i] + player + b[i + 1:], "O" if player == "X" else "X")
            for k, v in sub.items():
                total[k] = total.get(k, 0) + v
    return total
print(count_games("XO.......", "X"))
