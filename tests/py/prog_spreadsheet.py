# spreadsheet evaluator: cell references, ranges, SUM/AVG, dependency cycles, recalculation
class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()
    def cells_in(self, a, b):
        c1, r1 = a[0], int(a[1:])
        c2, r2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    def get(self, ref, visiting=None):
        visiting = visiting or []
        if ref in visiting:
            raise CycleError(" -> ".join(visiting + [ref]))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            val = self.evaluate(raw[1:], visiting + [ref])
        else:
            val = raw
        self.cache[ref] = val
        return val
    def evaluate(self, expr, visiting):
        expr = expr.strip()
        for fn in ("SUM", "AVG", "MAX"):
            if expr.startswith(fn + "(") and expr.endswith(")"):
                a, b = expr[len(fn) + 1:-1].split(":")
                vals = [self.get(c, visiting) for c in self.cells_in(a, b)]
                return {"SUM": sum, "AVG": lambda v: sum(v) / len(v), "MAX": max}[fn](vals)
        for op in "+-":
            depth = 0
            for i in range(len(expr) - 1, 0, -1):
                if expr[i] == op:
                    l, r = self.evaluate(expr[:i], visiting), self.evaluate(expr[i + 1:], visiting)
                    return l + r if op == "+" else l - r
        for op in "*/":
            for i in range(len(expr) - 1, 0, -1):
                if expr[i] == op:
                    l, r = self.evaluate(expr[:i], visiting), self.evaluate(expr[i + 1:], visiting)
                    return l * r if op == "*" else l / r
        if expr[0].isalpha():
            return self.get(expr, visiting)
        return float(expr) if "." in expr else int(expr)
    def show(self, cols="ABC", rows=range(1, 5)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v:>10}")
                except CycleError:
                    cells.append(f"{'#CYCLE':>10}")
                except ZeroDivisionError:
                    cells.append(f"{'#DIV/0':>10}")
            print(f"{r:>3} " + "".join(cells))
s = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30, "A4": "=SUM(A1:A3)", "B1": "=A1*2", "B2": "=A2+B1-5",
               "B3": "=AVG(A1:B2)", "B4": "=MAX(A1:B3)", "C1": "=A4/A1", "C2": "=C1*C1+1", "C3": "=A1/0", "C4": "=2.5*4"}.items():
    s.set(ref, v)
s.show()
s.set("A1", 100)
s.show()
s.set("A1", "=C2")
s.show()
try:
    s.get("C2")
except CycleError as e:
    print("cycle:", e)
