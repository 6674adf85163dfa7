# Checks: run(timeout) returns None when all tasklets finish within their
# time slices (each switch starts a new slice).
import stackless
def f(name):
    print("hello from", name)
def coop():
    for i in range(3):
        print("coop", i)
        stackless.schedule()
stackless.tasklet(f)("a")
stackless.tasklet(f)("b")
print(stackless.run(100000))
stackless.tasklet(coop)()
print(stackless.run(100000))
