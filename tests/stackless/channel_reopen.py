# Checks: open() clears closing; the channel works normally again.
import stackless
ch = stackless.channel()
ch.close()
print(ch.closed)
ch.open()
print(ch.closing, ch.closed)
def sender():
    ch.send("again")
stackless.tasklet(sender)()
stackless.run()
print(ch.receive())
