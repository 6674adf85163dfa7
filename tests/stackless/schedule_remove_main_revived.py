# Checks: main can schedule_remove() itself; the other tasklets run and when the
# runqueue becomes empty main (floating) is woken up again and re-queued.
import stackless
def f(name):
    m = stackless.main
    print(name, "runs, main scheduled:", m.scheduled, "paused:", m.paused)
stackless.tasklet(f)("a")
stackless.tasklet(f)("b")
print("main removes itself")
stackless.schedule_remove()
print("main back", stackless.main.scheduled, stackless.getruncount())
