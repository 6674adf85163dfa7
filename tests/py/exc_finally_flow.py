# try/except/else/finally ordering with return, break, continue
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))
def ret_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(ret_in_finally())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed exception"
print(swallow())
def finally_sees_return():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(finally_sees_return())
def loop_flow():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(loop_flow())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skipped")
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())
def while_else(n):
    i = 0
    while i < n:
        try:
            if i == 2:
                return "returned at 2"
        finally:
            i += 1
    else:
        return "loop completed"
print(while_else(5), while_else(2))
def exc_in_else():
    try:
        pass
    except ZeroDivisionError:
        return "not here"
    else:
        return 1 / 0
try:
    exc_in_else()
except ZeroDivisionError as e:
    print("else raised:", e)
def count_finally():
    n = 0
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError
            finally:
                n += 10
        except ValueError:
            n += 1
    return n
print(count_finally())
