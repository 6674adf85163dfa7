# Tasklets blocked on a channel are pickled together with the channel and a
# list they share; the originals are killed; the restored ones are blocked
# on the restored channel, still share the restored list, and resume where
# they stopped when values are sent.
import stackless, pickle

ch = stackless.channel()
log = []

def worker(name, log):
    log.append(name + " waiting")
    v = ch.receive()
    log.append("%s got %s" % (name, v))
    return v

ts = [stackless.tasklet(worker)(n, log) for n in ("a", "b", "c")]
stackless.run()
print(ch.balance, [t.blocked for t in ts], log)
blob = pickle.dumps((ch, ts, log))
print(type(blob).__name__, blob[:1])
for t in ts:
    t.kill()
print("killed", [t.alive for t in ts], ch.balance)
ch2, ts2, log2 = pickle.loads(blob)
print("restored", ch2.balance, [t.blocked for t in ts2], [t.alive for t in ts2])
print(log2 is log, log2 == ["a waiting", "b waiting", "c waiting"])
for v in (10, 20, 30):
    ch2.send(v)
print(log2[3:])
print(ch2.balance, [t.alive for t in ts2])
