# Realistic: reminders implemented with time.sleep() in tasklets; they fire in
# order of their (virtual) due time while a worker keeps computing.
import stackless, time
fired = stackless.channel()
def reminder(text, delay):
    time.sleep(delay)
    print("reminder:", text)
    fired.send(text)
def worker():
    total = 0
    for i in range(5):
        total += i
        stackless.schedule()
    print("worker total", total)
    fired.send("worker")
stackless.tasklet(reminder)("stand up", 0.5)
stackless.tasklet(reminder)("drink water", 0.2)
stackless.tasklet(worker)()
stackless.tasklet(reminder)("go home", 1.0)
order = [fired.receive() for i in range(4)]
print(order)
