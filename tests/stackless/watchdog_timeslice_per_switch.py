# Checks: every switch starts a fresh watchdog timeslice (unless
# totaltimeout), counted from the switch itself: two tasklets that switch
# every few instructions are never interrupted by run(37), however many
# instructions ran before run() was called; with totaltimeout they are.
import stackless

for i in range(100):  # instructions before run(): they must not count
    pass

a, b = stackless.channel(), stackless.channel()
progress = []


def p1():
    for i in range(200):
        progress.append(i)
        a.send(i)
        b.receive()


def p2():
    for i in range(200):
        a.receive()
        b.send(None)


def run_all(**kw):
    t1 = stackless.tasklet(p1)()
    t2 = stackless.tasklet(p2)()
    interrupts = []
    while True:
        t = stackless.run(37, **kw)
        if t is None:
            break
        interrupts.append("p1" if t is t1 else "p2")
        t.insert()
    return interrupts


print(run_all(), len(progress))
del progress[:]
print(len(run_all(totaltimeout=True)) > 0, len(progress))
