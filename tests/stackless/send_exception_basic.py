# Checks: send_exception(cls, *args) makes the receiver raise cls(*args).
# (t.run() keeps main in the runqueue, so main resumes when the sender blocks.)
import stackless
ch = stackless.channel()
def sender():
    ch.send_exception(ValueError, 1, 2, 3)
    print("sender done")
t = stackless.tasklet(sender)()
t.run()
print("sender blocked", t.blocked, ch.balance)
try:
    ch.receive()
except ValueError as e:
    print("main caught ValueError", e.args)
stackless.run()
