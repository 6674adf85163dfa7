# Checks: with block_trap set, an operation that would block raises
# RuntimeError("this tasklet does not like to be blocked.") and nothing blocks.
import stackless
ch = stackless.channel()
me = stackless.current
print(me.block_trap)
me.block_trap = True
for op in (ch.receive, lambda: ch.send(1)):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
me.block_trap = False
print(me.block_trap, ch.balance)
