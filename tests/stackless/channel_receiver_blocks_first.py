# Checks: a receiving tasklet blocks (balance -1, queue is that tasklet,
# blocked True); main's send() then switches to the receiver right away
# (preference -1) and main continues when the receiver finishes.
import stackless
ch = stackless.channel()
def receiver():
    print("waiting")
    print("got", ch.receive())
t = stackless.tasklet(receiver)()
stackless.run()
print(ch.balance, ch.queue is t, t.blocked, t.scheduled, t.paused)
ch.send(99)
print("main after send", t.alive, ch.balance, ch.queue)
