# comprehension patterns: nested loops with filters, conditional expressions, flattening, grouping
people = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cy", 42, "eng"), ("di", 29, "hr"), ("ed", 35, "ops")]
print([n for n, a, d in people if d == "eng" if a > 30])
print([n.upper() if a >= 30 else n for n, a, _ in people])
print({d: [n for n, _, dd in people if dd == d] for d in sorted({p[2] for p in people})})
print({d: max(a for _, a, dd in people if dd == d) for _, _, d in people})
print(sorted({a // 10 * 10 for _, a, _ in people}))
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
print([[c for c in word if c not in "aeiou"] for word in ["hello", "sky", "queue"]])
print(["".join(ch for ch in w if ch.isalpha()) for w in ["a1b2", "c-d", "!!"]])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 12, 17)})
matrix = [[1, -2, 3], [-4, 5, -6], [7, -8, 9]]
print([[abs(v) if v < 0 else v * 10 for v in row] for row in matrix])
print([v for row in matrix for v in row if v > 0], sum(v for row in matrix for v in row if v % 2))
print([row[i] for i, row in enumerate(matrix)], [matrix[i][~i] for i in range(3)])
print({(i, j) for i in range(3) for j in range(3) if i == j or i + j == 2})
words = "apple banana cherry avocado blueberry cranberry".split()
print({w[0]: sorted(x for x in words if x[0] == w[0]) for w in words})
print([len(w) for w in words if "an" in w], any(len(w) > 8 for w in words), all(w.islower() for w in words))
print(list(zip(*[(i, i * i) for i in range(5)])))
