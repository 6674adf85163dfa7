# Checks: bind() error cases: scheduled tasklet, the current tasklet, and a
# non-callable function.
import stackless
def f():
    pass
t = stackless.tasklet(f)()
try:
    t.bind(f)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    stackless.current.bind(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    stackless.tasklet().bind(42)
except TypeError as e:
    print("TypeError:", e)
stackless.run()
print("ok")
