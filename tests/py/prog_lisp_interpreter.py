# a tiny Lisp interpreter: tokenizer, reader, environments, lambdas, recursion
class LispError(Exception):
    pass
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {name}")
        return self.outer.find(name)
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
def std_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
                "=": lambda a, b: a == b, ">": lambda a, b: a > b, "list": lambda *a: list(a),
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
                "null?": lambda l: l == [], "length": len, "#t": True, "#f": False})
    return env
def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if op == "define":
            env[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        f = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(f, Lambda):
            if len(vals) != len(f.params):
                raise LispError(f"expected {len(f.params)} args, got {len(vals)}")
            x, env = f.body, Env(f.params, vals, f.env)
            continue
        if not callable(f):
            raise LispError(f"not a function: {f!r}")
        return f(*vals)
def to_str(v):
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if isinstance(v, Lambda):
        return "<lambda>"
    return str(v)
env = std_env()
program = ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)", "(fact 30)",
           "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
           "(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))",
           "(map (lambda (x) (* x x)) '(1 2 3 4))", "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
           "(count 5000 0)", "(begin (define x 10) (+ x 5))", "(list 1 2.5 'sym (list))", "(car '())",
           "(undefined 1)", "(fact 1 2)", "(1 2)", "(+ 1", ")", "(/ 1 0)", "(length '(a b c))", "(if #f 1 2)",
           "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 5) 37)", "(- 7)"]
for src in program:
    try:
        r = evaluate(read(tokenize(src)), env)
        if r is not None:
            print(f"{src[:40]:<42}=> {to_str(r)}")
    except LispError as e:
        print(f"{src[:40]:<42}!! {e}")
    except (IndexError, ZeroDivisionError, TypeError) as e:
        print(f"{src[:40]:<42}!! {type(e).__name__}: {e}")
