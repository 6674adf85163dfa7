# Checks: positional and keyword arguments given to the tasklet call reach the
# function (including * and ** unpacking at the call).
import stackless
def f(a, b=0, *rest, c=None, **kw):
    print(a, b, rest, c, sorted(kw.items()))
stackless.tasklet(f)(1)
stackless.tasklet(f)(1, 2, 3, 4, c=5, d=6)
stackless.tasklet(f)(a="x", b="y")
args = [7, 8]
kwargs = {"c": 9}
stackless.tasklet(f)(*args, **kwargs)
stackless.run()
print("done")
