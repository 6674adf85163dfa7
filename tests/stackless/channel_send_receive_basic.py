# Checks: a value sent by a tasklet is received by main; the sender blocks
# until main receives (balance 1 while waiting).
import stackless
ch = stackless.channel()
def sender():
    print("sending")
    ch.send({"k": [1, 2]})
    print("sent")
stackless.tasklet(sender)()
stackless.run()
print("balance", ch.balance)
v = ch.receive()
print("received", v)
print("balance", ch.balance)
stackless.run()
