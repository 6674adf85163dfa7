# tokenizer + recursive-descent calculator with variables and errors
class CalcError(Exception):
    pass
def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            toks.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()=,":
            toks.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    toks.append(("end", None))
    return toks
FUNCS = {"max": max, "min": min, "abs": abs}
class Parser:
    def __init__(self, toks, env):
        self.toks, self.pos, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self, val=None):
        tok = self.toks[self.pos]
        if val is not None and tok[1] != val:
            raise CalcError(f"expected {val!r}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.unary()
            if op != "*" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if val not in FUNCS:
                    raise CalcError(f"unknown function {val}")
                return FUNCS[val](*args)
            if val not in self.env:
                raise CalcError(f"undefined variable {val}")
            return self.env[val]
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected token {val!r}")
env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 1",
         "7 % 3 + 10 % 4", "max(1, x, 3) + min(4, 2)", "abs(-7.5)", "1 / 0", "2 +", "z + 1", "3 $ 4",
         "((2))", "1.5 * 4", "big = 2 ** 100", "big % 1000007", "foo(1)", "(1 + 2"]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<26} => {result}")
    except CalcError as e:
        print(f"{line:<26} !! {e}")
print(sorted(env.items()))
