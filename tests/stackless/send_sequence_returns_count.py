# Checks: send_sequence() sends every item of an iterable and returns the
# number of items sent.
import stackless
ch = stackless.channel()
got = []
def receiver(n):
    for i in range(n):
        got.append(ch.receive())
def sender():
    n = ch.send_sequence(range(4))
    print("send_sequence returned", n)
    n = ch.send_sequence("ab")
    print("send_sequence returned", n)
stackless.tasklet(receiver)(6)
stackless.tasklet(sender)()
stackless.run()
print(got)
