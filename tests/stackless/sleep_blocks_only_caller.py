# Checks: time.sleep() in a tasklet blocks only that tasklet: another tasklet
# keeps printing with schedule() meanwhile. Main waits on a channel.
import stackless, time
done = stackless.channel()
def sleeper():
    print("sleeper: going to sleep")
    time.sleep(0.05)
    print("sleeper: woke up")
    done.send("sleeper")
def busy():
    for i in range(3):
        print("busy", i)
        stackless.schedule()
    done.send("busy")
stackless.tasklet(sleeper)()
stackless.tasklet(busy)()
print("main got", done.receive())
print("main got", done.receive())
