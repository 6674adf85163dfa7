# Checks: raise_exception(cls, *args) on a blocked tasklet switches to it at
# once and raises cls(*args) in its receive(); main resumes when it yields.
import stackless
ch = stackless.channel()
def f():
    try:
        ch.receive()
    except ValueError as e:
        print("f caught", e.args)
    print("f blocked again")
    ch.receive()
    print("f got the final value")
t = stackless.tasklet(f)()
stackless.run()
t.raise_exception(ValueError, "x", 1)
print("main after raise_exception", t.blocked, ch.balance)
ch.send(0)
print("end", t.alive)
