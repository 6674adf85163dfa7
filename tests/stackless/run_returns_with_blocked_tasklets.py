# Checks: run() returns normally (None) when the remaining tasklets are all
# blocked on channels; no deadlock error. At program end the blocked tasklet
# is simply dropped (its finally does not run).
import stackless
ch = stackless.channel()
def waiter(name):
    try:
        print(name, "waits")
        ch.receive()
    finally:
        print(name, "finally (not expected)")
stackless.tasklet(waiter)("w1")
stackless.tasklet(waiter)("w2")
print("run returned", stackless.run())
print(ch.balance, stackless.getruncount())
