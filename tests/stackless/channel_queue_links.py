# Checks: blocked tasklets form a chain: channel.queue is the first, t.next /
# t.prev link them, and the ends are None (the channel itself is not exposed).
import stackless
ch = stackless.channel()
def f():
    ch.receive()
a = stackless.tasklet(f)()
b = stackless.tasklet(f)()
c = stackless.tasklet(f)()
stackless.run()
print(ch.queue is a, a.next is b, b.next is c, c.next is None)
print(a.prev is None, b.prev is a, c.prev is b)
ch.send(1)
print(ch.queue is b, b.prev is None)
ch.send(2)
ch.send(3)
print(ch.queue, ch.balance)
