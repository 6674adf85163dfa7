# Checks: tasklets created with tasklet(f)() run in creation order (each new
# tasklet is inserted at the end of the runqueue).
import stackless
def f(name):
    print("run", name)
for name in "abcde":
    stackless.tasklet(f)(name)
print("created", stackless.getruncount() - 1)
stackless.run()
print("done")
