# Checks: the documented idiom: a tasklet parks itself with schedule_remove();
# someone sets its tempval and insert()s it; schedule_remove() returns tempval.
import stackless
waiting = []
def wait_for_result():
    waiting.append(stackless.current)
    return stackless.schedule_remove()
def worker(name):
    result = wait_for_result()
    print(name, "received", result)
stackless.tasklet(worker)("w1")
stackless.tasklet(worker)("w2")
stackless.run()
print("parked:", len(waiting), [t.paused for t in waiting])
for i, t in enumerate(waiting):
    t.tempval = "result-%d" % i
    t.insert()
stackless.run()
print("done", [t.alive for t in waiting])
