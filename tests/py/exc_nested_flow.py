# nested try blocks, exceptions crossing function boundaries, handler order and flow
trace = []
def level3(x):
    trace.append("l3 start")
    try:
        if x == 0:
            raise ZeroDivisionError("x is zero")
        if x < 0:
            raise ValueError("x negative")
        return 100 // x
    finally:
        trace.append("l3 finally")
def level2(x):
    try:
        return level3(x)
    except ValueError as e:
        trace.append(f"l2 caught {e}")
        return -1
    finally:
        trace.append("l2 finally")
def level1(x):
    try:
        r = level2(x)
    except ArithmeticError as e:
        trace.append(f"l1 caught {type(e).__name__}")
        r = None
    else:
        trace.append("l1 else")
    finally:
        trace.append("l1 finally")
    return r
for x in [5, -2, 0]:
    trace.clear()
    print(x, level1(x), trace)
def handler_raises():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
        finally:
            trace.append("inner finally")
    except IndexError as e:
        return f"outer caught {e!r} with context {e.__context__!r}"
trace.clear()
print(handler_raises(), trace)
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    finally_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def except_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
print([except_order(e) for e in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError()]])
results = []
for item in [1, "x", 0, None, 5]:
    try:
        try:
            results.append(10 / item)
        except TypeError:
            results.append("type")
            raise
    except TypeError:
        results.append("re-raised type")
    except ZeroDivisionError:
        results.append("zero")
        continue
    finally:
        results.append("|")
print(results)
