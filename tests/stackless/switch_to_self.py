# Checks: switching to the current tasklet (main alone) is a no-op and it
# stays scheduled and current.
import stackless
me = stackless.current
count = 0
for i in range(3):
    me.switch()
    count += 1
print("switched to self", count, "times")
print("still here", me.scheduled, me.paused, me.is_current)
print(stackless.getruncount())
