# an RPN calculator with a command set, stack manipulation and error recovery
class CalcError(Exception):
    pass
class RPN:
    def __init__(self):
        self.stack = []
        self.vars = {}
        self.history = []
    def pop(self, n=1):
        if len(self.stack) < n:
            raise CalcError(f"need {n} values, have {len(self.stack)}")
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals
    def run(self, line):
        snapshot = list(self.stack)
        try:
            for tok in line.split():
                self.token(tok)
        except (CalcError, ZeroDivisionError) as e:
            self.stack = snapshot
            return f"error: {e} (stack restored)"
        self.history.append(line)
        return " ".join(map(str, self.stack)) or "<empty>"
    def token(self, tok):
        binops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                  "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
                  "max": max, "min": min}
        if tok in binops:
            a, b = self.pop(2)
            self.stack.append(binops[tok](a, b))
        elif tok == "dup":
            (a,) = self.pop()
            self.stack += [a, a]
        elif tok == "swap":
            a, b = self.pop(2)
            self.stack += [b, a]
        elif tok == "drop":
            self.pop()
        elif tok == "neg":
            (a,) = self.pop()
            self.stack.append(-a)
        elif tok == "sum":
            vals, self.stack = self.stack, []
            self.stack.append(sum(vals))
        elif tok == "clear":
            self.stack = []
        elif tok.startswith("!"):
            (a,) = self.pop()
            self.vars[tok[1:]] = a
        elif tok.startswith("@"):
            if tok[1:] not in self.vars:
                raise CalcError(f"unknown variable {tok[1:]}")
            self.stack.append(self.vars[tok[1:]])
        else:
            try:
                self.stack.append(int(tok))
            except ValueError:
                try:
                    self.stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"bad token {tok!r}") from None
c = RPN()
for line in ["3 4 +", "2 *", "dup *", "10 swap -", "neg", "7 2 //", "7 2 /", "drop drop", "1 0 /", "+ +",
             "2 100 ^ !big", "@big 3 %", "@nope", "1.5 2.5 3 sum", "clear 5 9 max 2 min", "abc", "-3 2 %"]:
    print(f"{line:<22} -> {c.run(line)}")
print(len(c.history), c.vars)
