# Checks: an exception escaping a tasklet during run(timeout) is raised out of
# run() just like with run().
import stackless
def bad():
    x = 0
    for i in range(10):
        x += i
    raise ArithmeticError("x=%d" % x)
stackless.tasklet(bad)()
try:
    stackless.run(100000)
except ArithmeticError as e:
    print("run raised", e)
print(stackless.getruncount())
