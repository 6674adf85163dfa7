# seeded card game "war" with deck building, shuffling and a capped number of rounds
import random
from collections import deque
RANKS = "23456789TJQKA"
SUITS = "cdhs"
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    @property
    def value(self):
        return RANKS.index(self.rank)
    def __repr__(self):
        return self.rank + self.suit
    def __lt__(self, other):
        return self.value < other.value
    def __eq__(self, other):
        return isinstance(other, Card) and self.value == other.value
    __hash__ = None
random.seed(2023)
deck = [Card(r, s) for s in SUITS for r in RANKS]
random.shuffle(deck)
print(deck[:10])
p1, p2 = deque(deck[::2]), deque(deck[1::2])
rounds = wars = 0
log = []
while p1 and p2 and rounds < 300:
    rounds += 1
    pot = [p1.popleft(), p2.popleft()]
    while pot[-2] == pot[-1]:
        wars += 1
        if len(p1) < 2 or len(p2) < 2:
            break
        pot += [p1.popleft(), p2.popleft(), p1.popleft(), p2.popleft()]
    a, b = pot[-2], pot[-1]
    if a == b:
        break
    random.shuffle(pot)
    (p1 if b < a else p2).extend(pot)
    if rounds <= 8 or rounds % 50 == 0:
        log.append(f"round {rounds}: {a} vs {b} -> {'p1' if b < a else 'p2'} ({len(p1)}-{len(p2)})")
print("\n".join(log))
print("rounds:", rounds, "wars:", wars, "cards:", len(p1), len(p2), len(p1) + len(p2))
print("winner:", "p1" if len(p1) > len(p2) else "p2" if len(p2) > len(p1) else "tie")
hand = sorted(random.sample(deck, 5), reverse=True)
print("hand:", hand, "high:", max(hand), "pairs:", len(hand) - len({c.rank for c in hand}))
