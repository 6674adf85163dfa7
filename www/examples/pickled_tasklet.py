# Pickle a running computation: a tasklet recurses 9 calls deep and blocks
# on a channel. pickle.dumps turns it (frames, locals and all) into JSON;
# the original is killed, pickle.loads brings back a copy, and the copy
# resumes exactly where it was and unwinds its 9 frames.
import stackless, pickle

ch = stackless.channel()

def descend(depth, path):
    path = path + [depth]
    if depth == 9:
        value = ch.receive()          # blocks here, 9 calls deep
        print("bottom got", value, "path", path)
        return value
    result = descend(depth + 1, path)
    print("  back at depth", depth, "result", result)
    return result + depth

t = stackless.tasklet(descend)(1, [])
stackless.run()                       # runs until the tasklet blocks
print("blocked:", t.blocked, "balance:", ch.balance)

blob = pickle.dumps((t, ch))
print("pickled to", len(blob), "characters of JSON")
t.kill()                              # the original is gone

t2, ch2 = pickle.loads(blob)
print("restored, blocked:", t2.blocked)
ch2.send(100)                         # resume the copy
print("alive after resume:", t2.alive)
