# Checks: a send that would switch to the waiting receiver fails under the
# switch trap and leaves the channel unchanged; with preference 1 the send
# does not switch and is allowed.
import stackless
ch = stackless.channel()
def r():
    print("r got", ch.receive())
stackless.tasklet(r)()
stackless.run()
stackless.switch_trap(1)
try:
    ch.send("a")
except RuntimeError as e:
    print("RuntimeError:", e)
print(ch.balance)
ch.preference = 1
ch.send("b")
print("sent without switching", ch.balance)
stackless.switch_trap(-1)
stackless.run()
