# Checks: block_trap only forbids blocking: receiving from a waiting sender
# (preference -1: no switch, no block) works with the trap set.
import stackless
ch = stackless.channel()
def sender(v):
    ch.send(v)
for v in (1, 2, 3):
    stackless.tasklet(sender)(v)
stackless.run()
stackless.current.block_trap = True
total = 0
while ch.balance > 0:
    total += ch.receive()
stackless.current.block_trap = False
print("total", total, ch.balance)
