# Checks: throw(exc, pending=True) to a blocked tasklet only unblocks it and
# appends it to the runqueue; the exception is raised when it next runs.
import stackless
ch = stackless.channel()
def f():
    try:
        ch.receive()
    except KeyError as e:
        print("f caught KeyError", e.args[0])
t = stackless.tasklet(f)()
stackless.run()
r = t.throw(KeyError("pending"), pending=True)
print("throw returned", r, t.blocked, t.scheduled, ch.balance)
print("main still running")
stackless.run()
print("end", t.alive)
