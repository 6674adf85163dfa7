# Checks: tasklet(func, args) binds with arguments (paused, not scheduled);
# t.run() inserts it before the caller and switches to it, so it finishes
# before main continues.
import stackless
def f(a, b):
    print("f", a + b, stackless.main.scheduled)
t = stackless.tasklet(f, (2, 3))
print(t.alive, t.paused, t.scheduled)
t.run()
print("main continues", t.alive)
