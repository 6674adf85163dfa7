# Checks: TaskletExit is a builtin subclass of SystemExit (hence of
# BaseException, not of Exception): "except Exception" does not catch it.
print(TaskletExit.__name__)
print(issubclass(TaskletExit, SystemExit))
print(issubclass(TaskletExit, BaseException))
print(issubclass(TaskletExit, Exception))
print(isinstance(TaskletExit(), SystemExit))
try:
    try:
        raise TaskletExit("x")
    except Exception:
        print("wrong: caught as Exception")
except SystemExit as e:
    print("caught as SystemExit:", e)
