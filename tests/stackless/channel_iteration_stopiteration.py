# Checks: iterating over a channel receives values until a StopIteration is
# sent with send_exception (channels.rst example).
import stackless
ch = stackless.channel()
def sender(seq):
    for value in seq:
        ch.send(value)
    ch.send_exception(StopIteration)
    print("sender done")
def receiver():
    for value in ch:
        print("value", value)
    print("loop ended")
stackless.tasklet(sender)([10, 20, 30])
stackless.tasklet(receiver)()
stackless.run()
