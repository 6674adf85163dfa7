# Checks: several blocked receivers give a negative balance; each send() (pref
# -1) runs the first waiting receiver immediately, then main continues.
import stackless
ch = stackless.channel()
def receiver(name):
    v = ch.receive()
    print(name, "got", v)
for name in ("r1", "r2", "r3"):
    stackless.tasklet(receiver)(name)
stackless.run()
print("balance", ch.balance)
for i in range(3):
    ch.send(i)
    print("main sent", i, "balance", ch.balance)
