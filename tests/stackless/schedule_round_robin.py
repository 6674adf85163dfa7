# Checks: stackless.schedule() moves to the next tasklet in the circular
# runqueue, giving strict round-robin interleaving.
import stackless
def f(name):
    for i in range(3):
        print(name, i)
        stackless.schedule()
for name in ("a", "b", "c"):
    stackless.tasklet(f)(name)
stackless.run()
print("done")
