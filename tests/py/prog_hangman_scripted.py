# hangman game engine driven by scripted guesses, with ASCII gallows
STAGES = ["", "O", "O\n|", "O\n/|", "O\n/|\\", "O\n/|\\\n/", "O\n/|\\\n/ \\"]
class Hangman:
    def __init__(self, word, max_misses=6):
        self.word = word.lower()
        self.guessed = set()
        self.misses = []
        self.max = max_misses
    def mask(self):
        return " ".join(c if c in self.guessed or not c.isalpha() else "_" for c in self.word)
    @property
    def won(self):
        return all(c in self.guessed for c in self.word if c.isalpha())
    @property
    def lost(self):
        return len(self.misses) >= self.max
    def guess(self, letter):
        letter = letter.lower()
        if len(letter) != 1 or not letter.isalpha():
            return f"invalid guess {letter!r}"
        if letter in self.guessed or letter in self.misses:
            return f"already tried {letter}"
        if letter in self.word:
            self.guessed.add(letter)
            return f"yes! {self.word.count(letter)} x {letter}"
        self.misses.append(letter)
        return f"no {letter} ({self.max - len(self.misses)} left)"
def play(word, guesses):
    g = Hangman(word)
    print(f"== {g.mask()}")
    for letter in guesses:
        if g.won or g.lost:
            break
        print(f"{letter!r:>5}: {g.guess(letter):<22} {g.mask()}")
    print(STAGES[len(g.misses)] or "(no gallows)")
    print("WON" if g.won else "LOST" if g.lost else "UNFINISHED", "misses:", "".join(g.misses))
play("python", "etaoinshrdlupy")
play("well-known", "eEaLz!wnok")
play("rhythm", "aeiouszq")
play("abc", "ab")
