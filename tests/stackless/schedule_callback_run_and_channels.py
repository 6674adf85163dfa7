# Checks: the schedule callback also fires for switches caused by run(),
# channel operations and schedule_remove() returning to main; no call for a
# schedule() that does not switch. Order: run() main->a; a blocks sending
# a->b; b receives from the waiting a without switching (preference -1) and
# schedule_remove()s b->a; a schedule_remove()s with nothing left: a->main.
import stackless
ch = stackless.channel()
log = []
def name(t):
    for n, x in (("main", stackless.main), ("a", a), ("b", b)):
        if t is x:
            return n
    return "?"
def cb(prev, next):
    log.append(name(prev) + "->" + name(next))
def fa():
    ch.send("x")
    stackless.schedule_remove()
def fb():
    ch.receive()
    stackless.schedule_remove()
a = stackless.tasklet(fa)()
b = stackless.tasklet(fb)()
stackless.set_schedule_callback(cb)
stackless.run()
stackless.schedule()
stackless.set_schedule_callback(None)
print(log)
print(a.paused, b.paused)
