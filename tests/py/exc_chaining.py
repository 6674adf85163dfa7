# raise ... from ..., implicit __context__, __suppress_context__, from None
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
try:
    load({}, "port")
except ConfigError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__), e.__suppress_context__)
def from_none():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
try:
    from_none()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def chain3():
    try:
        try:
            raise KeyError("first")
        except KeyError as a:
            raise IndexError("second") from a
    except IndexError:
        raise TypeError("third")
try:
    chain3()
except TypeError as e:
    c = e
    seq = []
    while c is not None:
        seq.append(type(c).__name__)
        c = c.__cause__ or c.__context__
    print(" <- ".join(seq))
e1 = ValueError("v")
e2 = TypeError("t")
try:
    raise e2 from e1
except TypeError as e:
    print(e.__cause__ is e1, e is e2)
try:
    raise ValueError("with class cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs; context set later")
except ValueError as e:
    print(e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
print(ValueError().__cause__, ValueError().__context__)
