# Checks: main blocked in receive() is woken by a tasklet's uncaught exception:
# the exception is raised out of receive() and main is no longer blocked.
import stackless
ch = stackless.channel()
def task():
    print("task raises")
    raise ZeroDivisionError("mumbai")
stackless.tasklet(task)()
try:
    ch.receive()
except ZeroDivisionError as e:
    print("receive raised", e)
print(stackless.main.blocked, ch.balance)
