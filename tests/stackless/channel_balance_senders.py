# Checks: several blocked senders: balance counts them, queue is the first,
# and receive() serves them in FIFO order.
import stackless
ch = stackless.channel()
def sender(v):
    ch.send(v)
ts = [stackless.tasklet(sender)(v) for v in ("a", "b", "c")]
stackless.run()
print(ch.balance, ch.queue is ts[0])
for i in range(3):
    print(ch.receive(), ch.balance)
print(ch.queue)
stackless.run()
print([t.alive for t in ts])
