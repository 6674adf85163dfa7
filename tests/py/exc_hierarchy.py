# custom exception hierarchies and except-clause matching order
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
class NotFound(DbError):
    pass
class Timeout(AppError):
    pass
def fail(kind):
    if kind == "nf":
        raise NotFound("users", "id 7 missing")
    if kind == "db":
        raise DbError("orders", "locked")
    if kind == "to":
        raise Timeout("took too long")
    if kind == "val":
        raise ValueError("plain value error")
    if kind == "zero":
        return 1 / 0
    return "ok"
for kind in ["nf", "db", "to", "val", "zero", "none"]:
    try:
        r = fail(kind)
    except NotFound as e:
        print("NotFound", e, e.table, e.args)
    except DbError as e:
        print("DbError", e, e.table)
    except (Timeout, ValueError) as e:
        print("Timeout-or-Value", type(e).__name__, e)
    except AppError:
        print("never")
    except Exception as e:
        print("generic", type(e).__name__, e)
    else:
        print("no error:", r)
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print([c.__name__ for c in NotFound.__mro__])
builtin = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError,
           UnboundLocalError, RecursionError, NotImplementedError, OverflowError, StopIteration, AssertionError,
           RuntimeError, LookupError, ArithmeticError, KeyboardInterrupt, SystemExit, GeneratorExit, Exception]
for exc in builtin:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    raise KeyError("x")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise SystemExit(5)
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
