# string processing: word frequency, palindromes, anagrams, caesar cipher, run-length encoding, text wrap
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len), sorted({w for w in words if len(w) > 7}))
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_pal(s))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3), caesar("abc", 29))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), repr(e), unrle(e) == s)
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in wrap(TEXT, 34):
    print(f"|{line:<34}|")
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for c in TEXT.lower() if c.isalpha()) - vowels)
print(" ".join(w[::-1] for w in "reverse each word here".split()), "-".join(reversed("a b c".split())))
print("snake_case_to_camel".split("_")[0] + "".join(p.title() for p in "snake_case_to_camel".split("_")[1:]))
camel = "parseHTTPResponseCode"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake)
