# except clauses with tuples, dynamic tuples, binding names, isinstance dispatch
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except (ZeroDivisionError, OverflowError) as e:
        return f"arith:{type(e).__name__}"
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception as e:
        return f"other:{type(e).__name__}"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), ValueError(), RuntimeError(), NotImplementedError()]:
    print(type(exc).__name__, "->", classify(exc))
RETRYABLE = (RuntimeError, OverflowError)
def attempt(kind):
    try:
        if kind == "rt":
            raise RuntimeError("transient")
        if kind == "val":
            raise ValueError("permanent")
        return "ok"
    except RETRYABLE as e:
        return f"retry ({e})"
    except Exception as e:
        return f"fail ({e})"
print([attempt(k) for k in ["rt", "val", "none"]])
handlers = {KeyError: "missing", ZeroDivisionError: "div0"}
def dispatch(fn):
    try:
        return fn()
    except tuple(handlers) as e:
        return handlers[type(e)]
print(dispatch(lambda: {}["x"]), dispatch(lambda: 1 / 0), dispatch(lambda: "fine"))
try:
    dispatch(lambda: [][0])
except IndexError:
    print("IndexError not in handlers tuple")
e = None
try:
    raise ValueError("bound")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("after except, name is deleted:", ne)
try:
    raise KeyError("x")
except Exception as err:
    print(isinstance(err, LookupError), isinstance(err, (ValueError, KeyError)), type(err) is KeyError)
