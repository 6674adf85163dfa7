# uncaught AssertionError with a message
def check_all(values):
    out = []
    for v in values:
        assert isinstance(v, (int, float)), "not a number"
        out.append(v * 2)
    return out
print(check_all([1, 2.5, 3]))
try:
    assert 1 == 2, "caught assertion"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(e))
def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5
for v in [4, 9, 2.25, -1]:
    print(v, checked_sqrt(v))
