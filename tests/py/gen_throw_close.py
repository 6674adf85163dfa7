# generator throw() and close(): finally blocks, catching and yielding again
def worker():
    try:
        for i in range(10):
            try:
                yield i
            except ValueError as e:
                print("  caught in gen:", e)
                yield "recovered"
    finally:
        print("  worker finally")
w = worker()
print(next(w), next(w))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
w.close()
def uncaught():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup uncaught")
u = uncaught()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(u, "exhausted"))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        yield 2
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def handles_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  handling GeneratorExit, returning")
        return
h = handles_exit()
next(h)
print(h.close())
fresh = uncaught()
fresh.close()
print("closing unstarted runs no finally")
def throw_target():
    while True:
        try:
            x = yield
            print("  value", x)
        except TypeError:
            print("  TypeError swallowed")
tt = throw_target()
next(tt)
tt.send(1)
tt.throw(TypeError)
tt.send(2)
try:
    tt.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_finally_return():
    try:
        yield "a"
    finally:
        print("  finally on exhaustion")
print(list(gen_finally_return()))
gfr = gen_finally_return()
for v in gfr:
    print("breaking at", v)
    break
print("after break")
gfr.close()
print("after explicit close")
