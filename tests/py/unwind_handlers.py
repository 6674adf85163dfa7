# Leaving a block early (break, continue, return) runs its cleanup outside
# the block's own handlers: a finally or __exit__ that raises while a jump
# leaves it must run once, and the exception must reach the outer handler.

for i in range(2):
    try:
        try:
            continue
        finally:
            print("finally", i)
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)


class Exits:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        raise KeyError(self.name)


for i in range(2):
    try:
        with Exits("break"):
            break
    except KeyError as e:
        print("caught", e)


def returns_through_with():
    try:
        with Exits("return"):
            return "value"
    except KeyError as e:
        return "caught %s" % e


print(returns_through_with())


def returns_from_except_in_loops():
    for i in range(3):
        for j in range(3):
            try:
                raise IndexError(i, j)
            except IndexError as e:
                if j == 1:
                    return e.args
            finally:
                print("finally", i, j)


print(returns_from_except_in_loops())


def loop_control_in_handlers():
    out = []
    for i in range(4):
        try:
            raise LookupError(i)
        except LookupError:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        else:
            out.append("else")
    return out


print(loop_control_in_handlers())


def finally_overrides_return():
    for i in range(2):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop ended"


print(finally_overrides_return())
