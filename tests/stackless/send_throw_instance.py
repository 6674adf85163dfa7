# Checks: send_throw(instance) delivers that very exception object; send_throw
# with a class and a value builds the exception like raise would.
import stackless
ch = stackless.channel()
err = ValueError("original")
def receiver():
    for i in range(2):
        try:
            ch.receive()
        except Exception as e:
            print(type(e).__name__, repr(e), e is err)
stackless.tasklet(receiver)()
stackless.run()
ch.send_throw(err)
ch.send_throw(KeyError, "k")
print("done")
