# short-circuit evaluation of and/or/not, conditional expressions and all/any with side effects
log = []
def t(name, value):
    log.append(name)
    return value
def run(expr_fn):
    log.clear()
    r = expr_fn()
    return r, list(log)
print(run(lambda: t("a", 0) and t("b", 1)))
print(run(lambda: t("a", 1) and t("b", 2)))
print(run(lambda: t("a", 0) or t("b", 0) or t("c", "x")))
print(run(lambda: t("a", "first") or t("b", 0)))
print(run(lambda: not t("a", []) and t("b", "ran")))
print(run(lambda: t("a", 1) if t("cond", False) else t("b", 2)))
print(run(lambda: all(t(str(i), i < 2) for i in range(5))))
print(run(lambda: any(t(str(i), i == 1) for i in range(5))))
print(run(lambda: (t("x", 1) and t("y", 0)) or t("z", "z")))
print(run(lambda: t("a", None) is None or t("b", 1)))
print(run(lambda: [t("a", 1), t("b", 2)][0] and t("c", 3)))
print(run(lambda: t("a", 1) < t("b", 0) < t("c", 5)))
print(run(lambda: t("a", 0) < t("b", 5) < t("c", 3)))
x = None
print(x and x.attr, x is not None and x.attr, (x or {}).get("k", "default"))
d = {}
print(d.get("a") or d.setdefault("a", []) or "empty list is falsy", d)
values = [0, "", None, [], 0.0, False, "ok"]
print([v or "F" for v in values], [v and "T" for v in values])
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (0 or 0) and 5, not 0 or 1 / 0)
