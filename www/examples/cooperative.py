# Cooperative multitasking: three tasklets take turns. Each prints a line,
# then stackless.schedule() hands the CPU to the next one in the run queue.
import stackless

def worker(name, steps):
    for i in range(1, steps + 1):
        print(f"{name}: step {i} of {steps}")
        stackless.schedule()
    print(f"{name}: done")

stackless.tasklet(worker)("alice", 3)
stackless.tasklet(worker)("bob", 2)
stackless.tasklet(worker)("carol", 4)
stackless.run()
print("all tasklets finished")
