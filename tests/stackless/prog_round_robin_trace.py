# Realistic: cooperative round robin with uneven amounts of work. Queue during
# run(): a, b, c; a finishes after its first slice, c after its second.
import stackless
def job(name, steps):
    for i in range(steps):
        print(name, "step", i)
        stackless.schedule()
    print(name, "finished")
stackless.tasklet(job)("a", 1)
stackless.tasklet(job)("b", 3)
stackless.tasklet(job)("c", 2)
stackless.run()
