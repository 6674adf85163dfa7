# Checks: getcurrent()/current and getmain()/main, is_main and is_current,
# seen from main and from a tasklet.
import stackless
m = stackless.getmain()
print(m is stackless.main, stackless.getcurrent() is stackless.current)
print(stackless.current is m, m.is_main, m.is_current)
def f():
    t = stackless.getcurrent()
    print(t is stackless.current, t is stackless.main)
    print(t.is_main, t.is_current, stackless.main.is_current)
    print(stackless.getmain() is m)
t = stackless.tasklet(f)()
print(t.is_main, t.is_current)
stackless.run()
