# Checks: driving a CPU-bound tasklet with repeated run(timeout) calls,
# re-inserting the returned victim each time, finishes the work; run()
# returns None once the tasklet has ended.
import stackless
def work():
    total = 0
    for i in range(3000):
        total += i
    print("total", total)
t = stackless.tasklet(work)()
interrupts = 0
last = "unset"
while t.alive:
    last = stackless.run(100)
    if last is not None:
        interrupts += 1
        last.insert()
print("interrupted:", interrupts > 0, "last:", last)
