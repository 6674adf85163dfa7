# Checks: stackless.run() returns None, both with nothing to run and after all
# tasklets finished.
import stackless
print(stackless.run())
def f(x):
    print("f", x)
stackless.tasklet(f)(1)
stackless.tasklet(f)(2)
r = stackless.run()
print(r)
print(stackless.getruncount())
