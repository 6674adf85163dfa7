# Checks: without atomic, run(timeout) interrupts a long loop in the middle:
# the loop has not finished when run() returns the tasklet.
import stackless
counter = [0]
done = []
def worker():
    for i in range(5000):
        counter[0] += 1
    done.append(True)
w = stackless.tasklet(worker)()
v = stackless.run(200)
print(v is w, 0 < counter[0] < 5000, done)
v.insert()
stackless.run()
print(counter[0], done)
