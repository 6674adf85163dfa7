# recursive inner functions, closures over loop state, and functions returning multiple closures
def make_fib():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = make_fib()
print(fib(60), len(memo))
def walker(tree):
    out = []
    def visit(node, depth):
        if isinstance(node, dict):
            for k, v in node.items():
                out.append("  " * depth + k)
                visit(v, depth + 1)
        elif isinstance(node, list):
            for item in node:
                visit(item, depth)
        else:
            out.append("  " * depth + repr(node))
    visit(tree, 0)
    return out
print("\n".join(walker({"root": {"a": [1, 2], "b": {"c": "leaf"}}, "x": None})))
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    def reset():
        nonlocal n
        old, n = n, 0
        return old
    return inc, dec, reset
inc, dec, reset = counter_pair()
print(inc(), inc(), inc(), dec(), reset(), inc())
def outer(n):
    def helper(k):
        if k == 0:
            return []
        return [k * n] + helper(k - 1)
    return helper(n)
print(outer(4))
handlers = {}
for name in ["start", "stop", "pause"]:
    def handler(event, _name=name):
        return f"{_name} handled {event}"
    handlers[name] = handler
print([h("E") for h in handlers.values()])
def deep():
    level = 0
    def a():
        nonlocal level
        level += 1
        def b():
            nonlocal level
            level += 10
            def c():
                nonlocal level
                level += 100
                return level
            return c()
        return b()
    return a()
print(deep())
