# random.choice, shuffle, sample with a fixed seed
import random
random.seed(7)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(10)])
print(random.choice("abcdef"), random.choice(range(100)), random.choice((1, 2, 3)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list("abcdefgh")
random.shuffle(letters)
print("".join(letters))
print(random.sample(range(100), 10))
print(random.sample(colors, 3), random.sample(colors, 5), random.sample(colors, 0))
print(sorted(random.sample(range(1000), 5)))
print(random.sample("xyz", 2))
try:
    random.sample(colors, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
random.seed(7)
again = [random.choice(colors) for _ in range(10)]
print(again)
random.seed(99)
big = list(range(100))
random.shuffle(big)
print(big[:20], sum(big))
print(random.sample(range(10**9), 3))
