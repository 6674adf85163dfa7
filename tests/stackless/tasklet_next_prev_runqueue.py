# Checks: next/prev of runnable tasklets follow the circular runqueue order
# main -> a -> b -> main.
import stackless
def f():
    pass
m = stackless.main
a = stackless.tasklet(f)()
b = stackless.tasklet(f)()
print(m.next is a, a.next is b, b.next is m)
print(m.prev is b, a.prev is m, b.prev is a)
a.remove()
print(a.next, a.prev, m.next is b, b.prev is m)
stackless.run()
