# Checks: set_schedule_callback(cb): cb(prev, next) is called before every
# switch, with stackless.current still equal to prev; it returns the previous
# callback. (The callback is removed before the tasklet dies.)
import stackless
log = []
def name(t):
    if t is None:
        return "None"
    return "main" if t is stackless.main else "task"
def cb(prev, next):
    log.append((name(prev), name(next), stackless.current is prev))
def task():
    print("task running")
    stackless.schedule()
    print("task resumed")
    stackless.set_schedule_callback(None)
stackless.tasklet(task)()
print(stackless.set_schedule_callback(cb))
stackless.schedule()
print("main back")
stackless.schedule()
print("main back again")
for entry in log:
    print(entry)
