# Realistic: publish/subscribe. Each subscriber tasklet has its own channel;
# with the default preference every publish switches to the subscriber at
# once, so each message is printed by every subscriber in subscription order
# before the next publish.
import stackless
class Broker:
    def __init__(self):
        self.subs = []
    def subscribe(self, name):
        ch = stackless.channel()
        self.subs.append(ch)
        def listen():
            for msg in ch:
                print(name, "got", msg)
            print(name, "unsubscribed")
        stackless.tasklet(listen)()
    def publish(self, msg):
        for ch in self.subs:
            ch.send(msg)
    def shutdown(self):
        for ch in self.subs:
            ch.send_exception(StopIteration)
b = Broker()
for name in ("alice", "bob", "carol"):
    b.subscribe(name)
stackless.run()
b.publish("hello")
b.publish({"temp": 21})
b.shutdown()
print("subscribers alive:", stackless.getruncount() - 1)
