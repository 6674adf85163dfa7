# Checks: a removed tasklet is inserted just before the caller by run(), so
# after one slice of it the caller resumes; afterwards it is scheduled again.
import stackless
def f(name):
    for i in range(2):
        print(name, i)
        stackless.schedule()
t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t3 = stackless.tasklet(f)("t3")
t2.remove()
t2.run()
print("back in main", t2.scheduled)
stackless.run()
print("done")
