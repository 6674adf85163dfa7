# Checks: an exception handled inside a tasklet does not reach main.
import stackless
def f():
    try:
        {}["missing"]
    except KeyError as e:
        print("f handled", repr(e))
    print("f continues")
stackless.tasklet(f)()
print(stackless.run())
