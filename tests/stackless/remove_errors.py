# Checks: remove() errors: a blocked tasklet, the current tasklet; removing a
# tasklet that is not scheduled is a no-op.
import stackless
ch = stackless.channel()
def f():
    ch.receive()
t = stackless.tasklet(f)()
stackless.run()
try:
    t.remove()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    stackless.current.remove()
except RuntimeError as e:
    print("RuntimeError:", e)
u = stackless.tasklet(f)
print(u.remove() is u, u.scheduled)
print(t.blocked, ch.balance)
