# Checks: tempval of a blocked sender holds the value being sent; after the
# transfer it is None again.
import stackless
ch = stackless.channel()
def snd():
    ch.send("payload")
t = stackless.tasklet(snd)()
stackless.run()
print(repr(t.tempval))
print(ch.receive())
print(repr(t.tempval))
