# forwarding *args/**kwargs through wrappers, keyword merging and argument introspection
def target(a, b=2, *rest, c=3, **extra):
    return f"a={a} b={b} rest={rest} c={c} extra={extra}"
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 5, 6, 7, c=8, d=9))
print(forward(*[1, 2], *(3, 4), **{"c": 0}, **{"z": 1}))
def with_defaults(*args, **kwargs):
    kwargs.setdefault("c", "default-c")
    return target(*args, **kwargs)
print(with_defaults(10), with_defaults(10, c="given"))
def partial(fn, *pre, **prekw):
    def call(*args, **kw):
        merged = {**prekw, **kw}
        return fn(*pre, *args, **merged)
    return call
p = partial(target, "A", c="C")
print(p(), p("B", "R1", extra=1), p(c="override"))
def count_args(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count_args(), count_args(1, 2, x=1, y=2), count_args(*range(10), **dict.fromkeys("abc", 0)))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(*"hello"), first_and_rest([1, 2]))
try:
    target(**{"a": 1, "b": 2}, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    forward()
except TypeError as e:
    print("TypeError:", e)
def kwonly_collect(*, a, **others):
    return a, others
print(kwonly_collect(a=1, b=2, **{"c": 3}))
def apply_all(fns, *args, **kwargs):
    return [f(*args, **kwargs) for f in fns]
print(apply_all([max, min, lambda *a, **k: sum(a)], 3, 1, 2))
print(apply_all([sorted], [3, 1, 2], reverse=True))
