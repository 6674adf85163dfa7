# Checks: send_sequence combined with "for x in channel"; the sequence is a
# generator and production/consumption interleave one item at a time
# (preference -1: every send switches to the waiting receiver).
import stackless
ch = stackless.channel()
def gen():
    for i in range(3):
        print("produce", i)
        yield i * i
def sender():
    n = ch.send_sequence(gen())
    print("sent", n)
    ch.send_exception(StopIteration)
def receiver():
    for x in ch:
        print("consume", x)
    print("receiver done")
stackless.tasklet(receiver)()
stackless.tasklet(sender)()
stackless.run()
print("main done")
