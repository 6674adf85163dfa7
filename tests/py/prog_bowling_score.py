# bowling score calculator with frame-by-frame output and validation
class BowlingError(ValueError):
    pass
def score(rolls):
    for r in rolls:
        if not 0 <= r <= 10:
            raise BowlingError(f"invalid roll {r}")
    frames = []
    i = 0
    total = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1}")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("strike bonus missing")
            total += 10 + rolls[i + 1] + rolls[i + 2]
            frames.append(("X", total))
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError(f"incomplete frame {frame + 1}")
            a, b = rolls[i], rolls[i + 1]
            if a + b > 10:
                raise BowlingError(f"frame {frame + 1} has {a + b} pins")
            if a + b == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                total += 10 + rolls[i + 2]
                frames.append((f"{a}/", total))
            else:
                total += a + b
                frames.append((f"{a}{b}".replace("0", "-"), total))
            i += 2
    return total, frames
games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "all spares": [5, 5] * 10 + [5],
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "nines": [9, 0] * 10,
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10, 10],
    "bad roll": [11] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:<14}{total:>4}  " + " ".join(f"{m:>2}" for m, _ in frames))
        print(" " * 18 + " ".join(f"{t:>3}" for _, t in frames))
    except BowlingError as e:
        print(f"{name:<14} error: {e}", isinstance(e, ValueError))
