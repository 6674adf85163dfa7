# Checks: insert() errors: blocked and dead tasklets; inserting an already
# scheduled tasklet is a no-op (runcount unchanged).
import stackless
ch = stackless.channel()
def blocker():
    ch.receive()
def quick():
    pass
b = stackless.tasklet(blocker)()
d = stackless.tasklet(quick)()
stackless.run()
try:
    b.insert()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.insert()
except RuntimeError as e:
    print("RuntimeError:", e)
s = stackless.tasklet(quick)()
n = stackless.getruncount()
print(s.insert() is s, stackless.getruncount() == n)
stackless.run()
