# Checks: if main is suspended in schedule() (not run()), the tasklet's
# uncaught exception is raised out of main's schedule() call.
import stackless
def bad():
    raise KeyError("from tasklet")
stackless.tasklet(bad)()
try:
    stackless.schedule()
except KeyError as e:
    print("schedule raised", repr(e))
print(stackless.getruncount())
