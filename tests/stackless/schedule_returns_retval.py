# Checks: schedule(retval) returns retval when the tasklet is resumed; the
# default retval is the current tasklet itself.
import stackless
print(stackless.schedule() is stackless.current)
print(stackless.schedule(42))
def f():
    me = stackless.current
    print("in f", stackless.schedule() is me)
    print("in f", stackless.schedule("x"))
stackless.tasklet(f)()
stackless.tasklet(f)()
stackless.run()
