# input() until EOFError: a tiny line-oriented calculator
results = []
lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached after", lineno, "lines")
        break
    lineno += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = line.split()
    if len(parts) != 3:
        print(f"line {lineno}: cannot parse {line!r}")
        continue
    a, op, b = parts
    try:
        x, y = float(a), float(b)
        if op == "+":
            r = x + y
        elif op == "-":
            r = x - y
        elif op == "*":
            r = x * y
        elif op == "/":
            r = x / y
        else:
            raise ValueError(f"unknown op {op}")
    except (ValueError, ZeroDivisionError) as e:
        print(f"line {lineno}: error {type(e).__name__}: {e}")
        continue
    results.append(r)
    print(f"line {lineno}: {a} {op} {b} = {r:g}")
print("results:", results)
print("sum:", sum(results))
