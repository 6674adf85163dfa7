# Checks: kill() on an interrupted (paused) tasklet raises TaskletExit where
# it was interrupted; its finally runs and main continues after kill().
import stackless
def spin():
    try:
        while True:
            pass
    finally:
        print("spin cleanup")
t = stackless.tasklet(spin)()
v = stackless.run(300)
print("interrupted", v is t)
t.kill()
print("killed", t.alive, stackless.getruncount())
