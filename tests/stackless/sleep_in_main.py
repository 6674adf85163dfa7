# Checks: time.sleep() in main lets the runnable tasklets run meanwhile.
import stackless, time
def chatty(name):
    for i in range(2):
        print(name, i)
        stackless.schedule()
stackless.tasklet(chatty)("a")
stackless.tasklet(chatty)("b")
print("main sleeps")
time.sleep(0.1)
print("main woke", stackless.getruncount())
