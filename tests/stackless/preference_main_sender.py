# Checks: main sending to a blocked receiver: with preference -1 the receiver
# runs inside send(); with preference 1 main continues and the receiver only
# runs at main's next schedule().
import stackless
def make(ch, name):
    def r():
        print(name, "got", ch.receive())
    stackless.tasklet(r)()
a = stackless.channel()
b = stackless.channel()
b.preference = 1
make(a, "ra")
make(b, "rb")
stackless.run()
a.send(1)
print("main after send on a")
b.send(2)
print("main after send on b")
stackless.schedule()
print("main after schedule")
