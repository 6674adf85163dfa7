# Checks: kill(pending=True) on a blocked tasklet unblocks it and makes it
# runnable (balance restored) but the TaskletExit is raised only when it runs.
import stackless
ch = stackless.channel()
def f():
    try:
        ch.receive()
    finally:
        print("finally runs")
t = stackless.tasklet(f)()
stackless.run()
t.kill(pending=True)
print("after pending kill", t.alive, t.blocked, t.scheduled, ch.balance)
stackless.run()
print("after run", t.alive)
