# Checks: when main yields with schedule() (not run()) it stays in the runqueue,
# so a tasklet sees main.scheduled True and main.paused False, and main is
# main.next of the last tasklet.
import stackless
m = stackless.main
def f():
    me = stackless.current
    print(m.scheduled, m.paused, me.next is m, m.next is me)
stackless.tasklet(f)()
stackless.schedule()
print("back in main")
