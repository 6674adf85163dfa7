# Checks: main stays in the runqueue when it calls schedule(); one schedule()
# lets every other runnable tasklet run one slice, then main continues.
# Queue [main, a, b]: main->a->b->main.
import stackless
def f(name):
    print(name, "step 1")
    stackless.schedule()
    print(name, "step 2")
stackless.tasklet(f)("a")
stackless.tasklet(f)("b")
stackless.schedule()
print("main 1", stackless.getruncount())
stackless.schedule()
print("main 2", stackless.getruncount())
