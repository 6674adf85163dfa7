# Checks: closing a channel with a blocked sender: closing True, closed False;
# the pending value can still be received; then closed becomes True and a
# further receive() raises ValueError.
import stackless
ch = stackless.channel()
def sender():
    ch.send("last")
    print("sender released")
stackless.tasklet(sender)()
stackless.run()
ch.close()
print(ch.closing, ch.closed, ch.balance)
print("received", ch.receive())
print(ch.closing, ch.closed, ch.balance)
try:
    ch.receive()
except ValueError as e:
    print("ValueError:", e)
stackless.run()
