# Checks: sleeping tasklets wake up in order of their sleep durations, not of
# their creation.
import stackless, time
done = stackless.channel()
def sleeper(name, secs):
    time.sleep(secs)
    print(name, "woke")
    done.send(name)
for name, secs in (("slow", 0.3), ("fast", 0.1), ("medium", 0.2)):
    stackless.tasklet(sleeper)(name, secs)
order = [done.receive() for i in range(3)]
print(order)
