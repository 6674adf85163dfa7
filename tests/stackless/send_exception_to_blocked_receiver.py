# Checks: an exception sent to a blocked receiver is raised inside its
# receive() call; the receiver can handle it and go on receiving.
import stackless
ch = stackless.channel()
def receiver():
    while True:
        try:
            v = ch.receive()
        except KeyError as e:
            print("receiver caught KeyError", e.args[0])
            continue
        if v is None:
            break
        print("receiver got", v)
    print("receiver exits")
stackless.tasklet(receiver)()
stackless.run()
ch.send(1)
ch.send_exception(KeyError, "missing")
ch.send(2)
ch.send(None)
print("main done", ch.balance)
