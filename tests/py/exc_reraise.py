# bare raise, re-raising in nested handlers, exception variables scope
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got:", e)
def raise_saved():
    try:
        int("abc")
    except ValueError as e:
        saved = e
    raise saved
try:
    raise_saved()
except ValueError as e:
    print("saved:", e)
try:
    try:
        raise KeyError("k1")
    except KeyError:
        try:
            raise IndexError("i1")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("bare raise re-raises the KeyError:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("scoped")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
def convert(x):
    try:
        return int(x)
    except (TypeError, ValueError) as e:
        print(f"  cannot convert {x!r}: {type(e).__name__}")
        return None
print([convert(v) for v in ["1", "x", None, 2.7, [1]]])
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "success"
while True:
    try:
        print(flaky(), "after", attempts)
        break
    except Retry as e:
        print("retrying:", e)
