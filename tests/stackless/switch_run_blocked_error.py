# Checks: run() and switch() on a tasklet blocked on a channel raise
# RuntimeError; the tasklet stays blocked.
import stackless
ch = stackless.channel()
def f():
    print("got", ch.receive())
t = stackless.tasklet(f)()
stackless.run()
for method in (t.run, t.switch):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(t.blocked, ch.balance)
ch.send("hello")
