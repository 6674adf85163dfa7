# building strings: join vs concatenation, formatting loops, padding tables, reversing words
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts), len(",".join(parts)))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
acc = ""
for i in range(5):
    acc += f"[{i}]"
print(acc, acc.count("["), acc[::-1])
lines = [f"{n:>3} | {n * n:>4} | {n ** 3:>5}" for n in range(1, 8)]
print("\n".join(lines))
sentence = "  the   quick brown    fox  "
print(repr(" ".join(sentence.split())), repr(sentence.strip().title()), repr("_".join(sentence.split()).upper()))
words = "one two three four".split()
print(" ".join(w[::-1] for w in words), " ".join(reversed(words)), "".join(w[0] for w in words).upper())
print("-" * 20, "=" * 0 + "|", "ab" * 3 + "a")
csv_line = ",".join(f'"{w}"' if " " in w else w for w in ["a", "b c", "d"])
print(csv_line)
nums = [3.14159, 2.71828, 1.41421]
print(" ".join(f"{x:.2f}" for x in nums), ";".join(map(str, nums)), "%s" % nums)
template = "Dear {name}, your balance is {amount:,.2f}."
for name, amount in [("Ann", 1234.5), ("Bob", -0.129)]:
    print(template.format(name=name, amount=amount))
print("".join(chr(ord("a") + i) for i in range(26)), "".join(str(d) for d in range(10)))
print("|".join(["", "a", ""]), "x".join("123"), "".join(["é", "日", "😀"]))
grid = [["#" if (r + c) % 2 else "." for c in range(8)] for r in range(4)]
print("\n".join("".join(row) for row in grid))
