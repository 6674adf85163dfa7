# line-based diff using LCS, producing unified-style output and edit statistics
def lcs_table(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i])); i += 1
        else:
            ops.append(("+", b[j])); j += 1
    ops += [("-", x) for x in a[i:]] + [("+", x) for x in b[j:]]
    return ops
old = """def greet(name):
    print("Hello", name)
    return True

greet("world")
print("done")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)
    return True

greet("world")
greet("again")
print("done")""".splitlines()
ops = diff(old, new)
for op, line in ops:
    print(f"{op} {line}")
print("added:", sum(op == "+" for op, _ in ops), "removed:", sum(op == "-" for op, _ in ops), "same:", sum(op == " " for op, _ in ops))
def char_diff(a, b):
    return "".join(c if op == " " else f"[{op}{c}]" for op, c in diff(list(a), list(b)))
for a, b in [("kitten", "sitting"), ("abcdef", "azced"), ("same", "same"), ("", "new"), ("gone", "")]:
    print(f"{a!r} -> {b!r}: {char_diff(a, b)}")
def similarity(a, b):
    t = lcs_table(a, b)
    return round(2 * t[0][0] / (len(a) + len(b)), 4) if a or b else 1.0
print([similarity(a, b) for a, b in [("python", "typhon"), ("abc", "xyz"), ("hello", "hallo"), ("", "")]])
