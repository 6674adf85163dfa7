# `raise Cls` for exception classes: builtin ones, subclasses that keep
# BaseException's __new__/__init__, and ones that override them.
class Plain(Exception):
    pass

class WithInit(Exception):
    def __init__(self, *args):
        print("WithInit.__init__", args)
        super().__init__("made", *args)

class WithNew(ValueError):
    def __new__(cls, *args):
        print("WithNew.__new__", cls.__name__)
        return super().__new__(cls, *args)

def raise_each(cls):
    for attempt in range(2):
        try:
            raise cls
        except Exception as e:
            print(type(e).__name__, e.args, repr(e), e.__traceback__ is not None)

for c in (ValueError, KeyError, StopIteration, Plain, WithInit, WithNew, OSError, SystemExit):
    try:
        raise_each(c)
    except BaseException as e:
        print("escaped:", type(e).__name__, e.args)

# The class changes under the same raise instruction.
def raiser(cls):
    raise cls
for c in (ValueError, Plain, WithInit, ValueError):
    try:
        raiser(c)
    except Exception as e:
        print("raiser", type(e).__name__, e.args)

# A class that gains an __init__ after the raise site has run once.
class Late(Exception):
    pass
for step in range(2):
    try:
        raise Late
    except Late as e:
        print("Late", e.args)
    Late.__init__ = lambda self, *a: Exception.__init__(self, "patched")

# Context and cause chaining still apply.
try:
    try:
        raise KeyError
    except KeyError:
        raise Plain
except Plain as e:
    print("context", type(e.__context__).__name__, e.__suppress_context__)

# Raising something that is not an exception.
class NotExc:
    pass
for bad in (NotExc, int, 5):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# except clauses with a class, a tuple, and a non-exception.
for cls in (ValueError, KeyError):
    try:
        raise cls
    except (KeyError, IndexError) as e:
        print("tuple caught", type(e).__name__)
    except ValueError:
        print("single caught ValueError")
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)
