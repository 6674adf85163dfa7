# Checks: totaltimeout=True makes the timeout a budget for the whole run()
# even though the tasklets switch constantly (each switch would otherwise
# restart the slice); the interrupted one is returned, the other stays queued.
import stackless
counts = {"a": 0, "b": 0}
def spin(name):
    while True:
        counts[name] += 1
        stackless.schedule()
a = stackless.tasklet(spin)("a")
b = stackless.tasklet(spin)("b")
v = stackless.run(2000, totaltimeout=True)
print(v is a or v is b, v.alive, v.scheduled, a.scheduled != b.scheduled)
print(counts["a"] > 0, counts["b"] > 0)
a.kill()
b.kill()
print(a.alive, b.alive, stackless.getruncount())
