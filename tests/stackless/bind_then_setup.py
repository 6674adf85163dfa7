# Checks: tasklet() is unbound and not alive; bind(f) alone does not make it
# alive; setup(args) makes it alive and scheduled.
import stackless
def f(x):
    print("f", x)
t = stackless.tasklet()
print(t.alive, t.scheduled, t.paused)
r = t.bind(f)
print(r is t, t.alive, t.scheduled)
t.setup(5)
print(t.alive, t.scheduled, t.paused)
stackless.run()
print(t.alive)
