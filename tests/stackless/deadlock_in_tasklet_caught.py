# Checks: main is blocked on mc; the only runnable tasklet tries to block on
# another channel -> it gets the Deadlock RuntimeError itself, handles it and
# then sends to main.
import stackless
mc = stackless.channel()
def task():
    c = stackless.channel()
    try:
        c.receive()
    except RuntimeError as e:
        print("task got:", e)
    mc.send("task survived")
    print("task finished")
stackless.tasklet(task)()
print("main got:", mc.receive())
stackless.run()
