# assert statement: messages, expressions, side effects in message, in functions
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "passed"
    except AssertionError as e:
        return f"failed: args={e.args} str={str(e)!r}"
print(check(True), check(1 == 1, "never shown"))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "message"]))
print(check("", 42))
print(check(None, None))
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy message"
check(True, msg())
calls.clear()
try:
    assert True, msg()
    print("message not evaluated when passing:", calls)
    assert False, msg()
except AssertionError as e:
    print(e, calls)
def safe_div(a, b):
    assert b != 0, f"division by zero: {a}/{b}"
    assert isinstance(a, (int, float)), type(a).__name__
    return a / b
for args in [(1, 2), (1, 0), ("x", 1)]:
    try:
        print(safe_div(*args))
    except AssertionError as e:
        print("AssertionError:", e)
x = 5
assert x > 0 and x < 10, "x in range"
t = (x, "tuple is truthy")
assert t
print("asserts done", issubclass(AssertionError, Exception))
