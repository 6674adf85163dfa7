# Watchdog preemption: these tasklets never call schedule(), they just
# compute. stackless.run(100) runs the scheduler with a watchdog that
# interrupts whichever tasklet has run 100 instructions and returns it, so
# the main tasklet can report progress and put it back in the queue.
import stackless

progress = {}

def busy(name, n):
    total = 0
    for i in range(n):
        total += i * i
        progress[name] = i
    print(f"{name} finished: total {total}")

stackless.tasklet(busy)("A", 150)
stackless.tasklet(busy)("B", 100)

interruptions = 0
while stackless.getruncount() > 1:
    victim = stackless.run(100)
    if victim is None:
        break
    interruptions += 1
    if interruptions % 10 == 1:
        print(f"interrupted #{interruptions}: progress {dict(sorted(progress.items()))}")
    victim.insert()
print("interruptions:", interruptions)
