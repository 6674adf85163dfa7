# Checks: set_channel_callback(None) switches the monitoring off; a blocked
# sender reports willblock=1, the matching receive willblock=0.
import stackless
ch = stackless.channel()
calls = []
def cb(channel, task, sending, willblock):
    calls.append((sending, willblock))
stackless.set_channel_callback(cb)
def s():
    ch.send("v")
stackless.tasklet(s)()
stackless.run()
print(ch.receive())
stackless.set_channel_callback(None)
stackless.tasklet(s)()
stackless.run()
print(ch.receive())
print(calls)
