# text statistics: sentences, syllable heuristic, readability score, n-grams, concordance
TEXT = """The sun rose slowly over the quiet village. Birds began to sing, and the baker opened
his shop. Children ran through the narrow streets! Was it going to be a good day? Everyone
hoped so. The old clock in the square struck seven, and the village woke up."""
import math
sentences = [s.strip() for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip(",.!?").lower() for w in TEXT.split()]
def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
total_syl = sum(syllables(w) for w in words)
print("sentences:", len(sentences), "words:", len(words), "syllables:", total_syl)
fre = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (total_syl / len(words))
print("flesch reading ease:", round(fre, 2))
print("avg word length:", round(sum(map(len, words)) / len(words), 3))
print("longest sentence:", max(sentences, key=lambda s: len(s.split())))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
entropy = -sum(c / len(words) * math.log2(c / len(words)) for c in freq.values())
print("unique:", len(freq), "entropy bits:", round(entropy, 4))
def concordance(word, width=15):
    flat = " ".join(TEXT.split())
    low = flat.lower()
    out, start = [], 0
    while True:
        i = low.find(word, start)
        if i < 0:
            return out
        left = flat[max(0, i - width):i].rjust(width)
        right = flat[i + len(word):i + len(word) + width].ljust(width)
        out.append(f"{left}[{flat[i:i + len(word)]}]{right}")
        start = i + 1
for line in concordance("the"):
    print(line)
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:2d} {len(lengths[n]):2d} {' '.join(sorted(set(lengths[n]))[:6])}")
