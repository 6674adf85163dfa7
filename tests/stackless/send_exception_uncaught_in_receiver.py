# Checks: an exception sent over a channel that the receiving tasklet does not
# catch ends that tasklet and propagates to main (here out of stackless.run()).
# The sender (switched away from by its send, preference -1) stays runnable
# and prints only during the second run().
import stackless
ch = stackless.channel()
def receiver():
    print("receiver waiting")
    ch.receive()
    print("never printed")
def sender():
    print("sender sends exception")
    ch.send_exception(ZeroDivisionError, "bad value")
    print("sender continues")
r = stackless.tasklet(receiver)()
stackless.tasklet(sender)()
try:
    stackless.run()
except ZeroDivisionError as e:
    print("main caught", e)
print(r.alive, stackless.getruncount())
stackless.run()
print("end")
