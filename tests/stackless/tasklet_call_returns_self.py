# Checks: tasklet(func) binds; calling the tasklet (setup) returns the same
# tasklet object and schedules it.
import stackless
def f(x):
    print("f got", x)
t = stackless.tasklet(f)
print(t.alive, t.scheduled)
t2 = t(7)
print(t2 is t, t.alive, t.scheduled)
t3 = stackless.tasklet(f)
print(t3.setup(8) is t3)
stackless.run()
