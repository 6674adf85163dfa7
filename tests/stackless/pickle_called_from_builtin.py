# Tasklets blocked inside Python functions that a builtin called (the key of
# sorted(), a map() callback, __eq__ during a dict lookup) are pickled with
# their channel, the originals killed, and the restored ones resumed: each
# builtin carries on with the rest of its work.
import stackless, pickle

def slow_key(c, word):
    if word == "pear":
        return c.receive()
    return len(word)

class Key:
    def __init__(self, v, c):
        self.v, self.c = v, c
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.v == "wait":
            print("eq blocks:", self.c.receive())
        return isinstance(other, Key) and self.v == other.v

def sorter(c, out):
    out.append(sorted(["banana", "fig", "pear", "apple"], key=lambda w: slow_key(c, w)))

def mapper(c, out):
    out.append(list(map(lambda w: slow_key(c, w) * 10, ["kiwi", "pear", "plum"])))

def looker(c, out):
    d = {Key("a", c): 1, Key("wait", c): 2}
    out.append(d.get(Key("b", c), "absent"))

ch = stackless.channel()
out = []
ts = [stackless.tasklet(f)(ch, out) for f in (sorter, mapper, looker)]
stackless.run()
print("blocked", ch.balance, out)
ch2, out2 = pickle.loads(pickle.dumps((ch, out)))
for t in ts:
    t.kill()
ch2.send(0)
ch2.send(2)
ch2.send("resumed")
print(out2, out, ch2.balance)
