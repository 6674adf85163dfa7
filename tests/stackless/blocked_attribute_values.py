# Checks: blocked is a bool, True for a blocked receiver and for a blocked
# sender; scheduled is True for both, paused False; restorable True.
import stackless
ch_r = stackless.channel()
ch_s = stackless.channel()
def rec():
    ch_r.receive()
def snd():
    ch_s.send(1)
r = stackless.tasklet(rec)()
s = stackless.tasklet(snd)()
stackless.run()
print(r.blocked, s.blocked, type(r.blocked).__name__)
print(ch_r.balance, ch_s.balance)
print(r.scheduled, r.paused, r.alive, r.restorable)
print(s.scheduled, s.paused, s.alive)
