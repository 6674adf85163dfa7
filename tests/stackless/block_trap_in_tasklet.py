# Checks: block_trap on a non-main tasklet; the tasklet catches the error
# and continues without blocking.
import stackless
ch = stackless.channel()
def f():
    stackless.current.block_trap = True
    try:
        ch.send("x")
    except RuntimeError as e:
        print("f:", e)
    print("f done, balance", ch.balance)
stackless.tasklet(f)()
stackless.run()
