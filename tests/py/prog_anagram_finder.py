# anagram tools: signature grouping, sub-anagrams from letter counts, and a recursive phrase solver
WORDS = """listen silent enlist tinsel inlets stone tones notes onset seton rat tar art
evil vile live veil dusty study night thing the cat act tac god dog a an ant tan
nat stain satin saint""".split()
def signature(w):
    return "".join(sorted(w))
groups = {}
for w in WORDS:
    groups.setdefault(signature(w), []).append(w)
for sig, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(ws) > 1:
        print(f"{sig:<8} {len(ws)} {' '.join(sorted(ws))}")
def counts(s):
    c = {}
    for ch in s:
        c[ch] = c.get(ch, 0) + 1
    return c
def fits(word, pool):
    wc = counts(word)
    return all(pool.get(ch, 0) >= n for ch, n in wc.items())
def subtract(pool, word):
    out = dict(pool)
    for ch in word:
        out[ch] -= 1
        if out[ch] == 0:
            del out[ch]
    return out
letters = "tinsels"
print("words from", letters, sorted({w for w in WORDS if fits(w, counts(letters))}))
candidates = sorted(set(WORDS), key=lambda w: (-len(w), w))
def phrases(pool, start=0, limit=8):
    if not pool:
        return [[]]
    found = []
    for i in range(start, len(candidates)):
        w = candidates[i]
        if len(w) > 1 and fits(w, pool):
            for rest in phrases(subtract(pool, w), i):
                found.append([w] + rest)
                if len(found) >= limit:
                    return found
    return found
for target in ["tinselnotes", "catdog", "eviltar"]:
    res = phrases(counts(target))
    print(target, len(res), [" ".join(p) for p in res[:4]])
print(all(signature(a) == signature(b) for a, b in [("listen", "silent"), ("dusty", "study")]), signature("banana"))
