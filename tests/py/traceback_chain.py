# A caught exception's traceback objects run from the frame that caught it
# (tb_lineno there) through tb_next down to the raise.
def a():
    raise ValueError("x")


def b():
    a()


def c():
    b()


try:
    c()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(repr(e.__traceback__).startswith("<traceback object at "))

import sys

try:
    c()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, tb.tb_lineno, tb.tb_next.tb_next.tb_next.tb_lineno)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, ty, exc, tb):
        print("exit", ty.__name__, tb.tb_lineno, tb.tb_next.tb_lineno)
        return True


with Ctx():
    b()
print("done")
