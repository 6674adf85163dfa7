# Checks: kill() of a tasklet that is in the runqueue does not move it: after
# it dies the tasklet following it (B) runs its next slice before the killer
# (main) resumes. Queue: main, A, B.
import stackless
def f(name):
    try:
        for i in range(3):
            print(name, "step", i)
            stackless.schedule()
    finally:
        print(name, "finally")
a = stackless.tasklet(f)("A")
b = stackless.tasklet(f)("B")
stackless.schedule()
print("main kills A")
a.kill()
print("main after kill")
stackless.run()
