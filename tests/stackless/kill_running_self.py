# Checks: a tasklet killing itself (it is current) gets TaskletExit raised at
# once: the rest of the block is skipped, finally runs, the tasklet dies
# silently and run() returns normally.
import stackless
def f():
    try:
        print("about to kill myself")
        stackless.current.kill()
        print("never")
    finally:
        print("finally runs")
    print("never either")
t = stackless.tasklet(f)()
stackless.run()
print("run returned", t.alive)
