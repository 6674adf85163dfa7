# Checks: raise_exception() on the current tasklet raises immediately in it.
import stackless
def f():
    try:
        stackless.current.raise_exception(KeyError, "self")
    except KeyError as e:
        print("f caught", repr(e))
stackless.tasklet(f)()
stackless.run()
try:
    stackless.current.raise_exception(ValueError, "main", 2)
except ValueError as e:
    print("main caught", e.args)
