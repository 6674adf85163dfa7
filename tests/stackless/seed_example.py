# Checks: the classic Stackless example. Ordering: the receiver blocks; the
# sender's send() (preference -1) switches straight to the receiver and puts
# the sender after another_tasklet in the runqueue, so "sending tasklet
# finished" comes last.
import stackless
channel = stackless.channel()
def receiving_tasklet():
    print("Receiving tasklet started")
    print(channel.receive())
    print("Receiving tasklet finished")
def sending_tasklet():
    print("Sending tasklet started")
    channel.send("send from sending_tasklet")
    print("sending tasklet finished")
def another_tasklet():
    print("Just another tasklet in the scheduler")
stackless.tasklet(receiving_tasklet)()
stackless.tasklet(sending_tasklet)()
stackless.tasklet(another_tasklet)()
stackless.run()
