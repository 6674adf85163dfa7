# Checks: a send() that finds a waiting receiver still succeeds on a closing
# channel (closing only stops new blocking).
import stackless
ch = stackless.channel()
def receiver():
    print("receiver got", ch.receive())
stackless.tasklet(receiver)()
stackless.run()
ch.close()
print(ch.closing, ch.closed)
ch.send("through")
print(ch.closing, ch.closed, ch.balance)
