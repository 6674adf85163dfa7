# sys.exc_info inside nested handlers, generators, functions and after handling
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(f"{tag}: {t.__name__ if t else None} {v!r}")
show("top level")
try:
    raise KeyError("outer")
except KeyError:
    show("in outer handler")
    try:
        raise ValueError("inner")
    except ValueError:
        show("in inner handler")
    show("back in outer handler")
show("after handlers")
def helper():
    show("called from handler")
try:
    1 / 0
except ZeroDivisionError:
    helper()
def gen():
    show("generator start")
    yield
    show("generator resumed")
g = gen()
try:
    raise IndexError("while creating")
except IndexError:
    next(g)
next(g, None)
try:
    try:
        raise TypeError("t")
    finally:
        show("in finally during exception")
except TypeError:
    pass
show("end")
try:
    raise RuntimeError("capture")
except RuntimeError:
    info = sys.exc_info()
print(info[0].__name__, info[1].args, info[1] is not None)
print(sys.exc_info() == (None, None, None))
