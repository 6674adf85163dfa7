# Checks: bind(func, args) supplies arguments without scheduling: the tasklet
# is alive and paused; run() does not run it until it is inserted.
import stackless
def f(a, b, k=None):
    print("f", a, b, k)
t = stackless.tasklet()
t.bind(f, (1, 2), {"k": 3})
print(t.alive, t.paused, t.scheduled)
stackless.run()
print("after first run")
t.insert()
print(t.paused, t.scheduled)
stackless.run()
print(t.alive)
