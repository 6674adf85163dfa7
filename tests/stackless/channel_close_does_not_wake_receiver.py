# Checks: close() on a channel with a blocked receiver only sets closing; the
# receiver stays blocked (closed is False while balance != 0).
import stackless
ch = stackless.channel()
def receiver():
    for x in ch:
        print("got", x)
    print("never printed")
def sender():
    for i in range(2):
        ch.send(i)
    ch.close()
    print("sender closed the channel")
r = stackless.tasklet(receiver)()
stackless.tasklet(sender)()
stackless.run()
print(ch.closing, ch.closed, ch.balance, r.blocked)
