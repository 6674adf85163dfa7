# Checks: set_channel_callback(cb): cb(channel, tasklet, sending, willblock)
# is called by the acting tasklet before each send/receive; sending and
# willblock are 1/0 integers.
import stackless
ch = stackless.channel()
log = []
def name(t):
    return "main" if t is stackless.main else "r"
def cb(channel, task, sending, willblock):
    log.append((channel is ch, name(task), sending, willblock, stackless.current is task))
def r():
    ch.receive()
    ch.receive()
print(stackless.set_channel_callback(cb))
stackless.tasklet(r)()
stackless.run()
ch.send(1)
ch.send(2)
print(stackless.set_channel_callback(None) is cb)
for entry in log:
    print(entry)
