# chess move generation on a small position: sliding pieces, knights, pawns, attacks and check
FILES = "abcdefgh"
def sq(name):
    return FILES.index(name[0]), int(name[1]) - 1
def name(f, r):
    return FILES[f] + str(r + 1)
board = {sq("e1"): "K", sq("d1"): "Q", sq("a1"): "R", sq("c4"): "B", sq("g1"): "N", sq("e2"): "P", sq("b2"): "P",
         sq("e8"): "k", sq("d8"): "q", sq("f7"): "p", sq("g8"): "n", sq("b7"): "p"}
DIRS = {"R": [(1, 0), (-1, 0), (0, 1), (0, -1)], "B": [(1, 1), (1, -1), (-1, 1), (-1, -1)]}
DIRS["Q"] = DIRS["R"] + DIRS["B"]
DIRS["K"] = DIRS["Q"]
KNIGHT = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
def white(p):
    return p.isupper()
def moves(pos, board):
    p = board[pos]
    kind = p.upper()
    f, r = pos
    out = []
    def add(nf, nr):
        if 0 <= nf < 8 and 0 <= nr < 8:
            t = board.get((nf, nr))
            if t is None or white(t) != white(p):
                out.append((nf, nr))
            return t is None
        return False
    if kind in ("R", "B", "Q"):
        for df, dr in DIRS[kind]:
            nf, nr = f + df, r + dr
            while add(nf, nr):
                nf, nr = nf + df, nr + dr
    elif kind == "K":
        for df, dr in DIRS["K"]:
            add(f + df, r + dr)
    elif kind == "N":
        for df, dr in KNIGHT:
            add(f + df, r + dr)
    else:
        step = 1 if white(p) else -1
        if (f, r + step) not in board:
            out.append((f, r + step))
            if r == (1 if white(p) else 6) and (f, r + 2 * step) not in board:
                out.append((f, r + 2 * step))
        for df in (-1, 1):
            t = board.get((f + df, r + step))
            if t and white(t) != white(p):
                out.append((f + df, r + step))
    return out
for pos in sorted(board, key=lambda p: (not white(board[p]), board[p].upper(), p)):
    ms = moves(pos, board)
    print(f"{board[pos]} {name(*pos)}: {len(ms):2d} {' '.join(name(*m) for m in sorted(ms))}")
def attacked(target, by_white, board):
    return any(target in moves(p, board) for p in board if white(board[p]) == by_white)
bk = next(p for p, v in board.items() if v == "k")
print("black king in check:", attacked(bk, True, board))
board2 = dict(board)
del board2[sq("f7")]
print("after removing f7 pawn:", attacked(bk, True, board2), "attackers:", sorted(name(*p) for p in board2 if white(board2[p]) and bk in moves(p, board2)))
total_white = sum(len(moves(p, board)) for p in board if white(board[p]))
total_black = sum(len(moves(p, board)) for p in board if not white(board[p]))
print("mobility white/black:", total_white, total_black)
for r in range(7, -1, -1):
    print(r + 1, " ".join(board.get((f, r), ".") for f in range(8)))
print("  " + " ".join(FILES))
