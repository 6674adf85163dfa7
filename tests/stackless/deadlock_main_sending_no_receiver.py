# Checks: same as above for a blocked send(): "the main tasklet is sending
# without a receiver available."
import stackless
ch = stackless.channel()
def f():
    print("f runs and ends")
stackless.tasklet(f)()
try:
    ch.send("x")
except RuntimeError as e:
    print("RuntimeError:", e)
print(ch.balance)
