# A tasklet blocked 60 calls deep is pickled; the restored copy unwinds all
# 60 frames with their locals intact. Module globals are pickled by name, so
# the restored frames append to the live module's `out`.
import stackless, pickle

ch = stackless.channel()
out = []

def down(n, acc):
    here = acc + [n]
    if n == 0:
        got = ch.receive()
        out.append(("bottom", got, len(here)))
        return got
    r = down(n - 1, here)
    if n % 20 == 0:
        out.append(("level", n, here[-1], r))
    return r + 1

t = stackless.tasklet(down)(60, [])
stackless.run()
blob = pickle.dumps((t, ch))
t.kill()
t2, ch2 = pickle.loads(blob)
print(t2.blocked, ch2.balance, len(blob) > 1000)
ch2.send(100)
print(t2.alive)
for entry in out:
    print(entry)
print(t2.alive)
