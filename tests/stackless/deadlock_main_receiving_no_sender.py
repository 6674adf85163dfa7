# Checks: main blocks in receive() while a tasklet is runnable; that tasklet
# ends without sending, so main is woken with RuntimeError("the main tasklet
# is receiving without a sender available.").
import stackless
ch = stackless.channel()
def f():
    print("f runs and ends")
stackless.tasklet(f)()
try:
    ch.receive()
except RuntimeError as e:
    print("RuntimeError:", e)
print(ch.balance)
