# A sleeping tasklet wakes on time even when every other tasklet only
# switches through channels and never calls schedule(): blocking on a
# channel also lets the host's timers (and input) in.
import stackless, time
ch = stackless.channel()
done = False
def sleeper():
    global done
    time.sleep(0.01)
    done = True
    print("sleeper woke")
def ping():
    n = 0
    while not done:
        ch.send(n)
        n += 1
    ch.send(None)
    print("ping stopped after", "many" if n > 10 else "few", "messages")
def pong():
    while ch.receive() is not None:
        pass
    print("pong finished")
stackless.tasklet(sleeper)()
stackless.tasklet(ping)()
stackless.tasklet(pong)()
stackless.run()
