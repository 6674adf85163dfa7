# Checks: a TaskletExit raised by the tasklet itself ends it silently; nothing
# propagates to main and the other tasklets keep running.
import stackless
def quitter():
    print("quitter raises TaskletExit")
    raise TaskletExit("bye")
def other():
    print("other runs")
q = stackless.tasklet(quitter)()
stackless.tasklet(other)()
stackless.run()
print("run returned normally", q.alive)
