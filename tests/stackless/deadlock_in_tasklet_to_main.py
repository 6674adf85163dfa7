# Checks: the Deadlock RuntimeError raised in a tasklet that does not catch it
# is transferred to the blocked main.
import stackless
mc = stackless.channel()
def task():
    print("task blocks on a fresh channel")
    stackless.channel().receive()
stackless.tasklet(task)()
try:
    mc.receive()
except RuntimeError as e:
    print("main got:", e)
print(mc.balance)
