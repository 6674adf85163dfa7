# Checks: an exception escaping a tasklet and not caught by main terminates
# the program (traceback on stderr, exit status 1); tasklets after it never run.
import stackless
def bad():
    print("bad starts")
    raise ValueError("boom")
def later():
    print("never printed")
stackless.tasklet(bad)()
stackless.tasklet(later)()
print("before run")
stackless.run()
print("never printed either")
