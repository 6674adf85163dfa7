# Checks: main sending with no receiver and nothing else runnable raises the
# deadlock RuntimeError too, even if another tasklet is blocked elsewhere.
import stackless
ch = stackless.channel()
other = stackless.channel()
def waiter():
    other.receive()
stackless.tasklet(waiter)()
stackless.run()
try:
    ch.send(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(ch.balance, other.balance)
