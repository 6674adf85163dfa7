# Tasklets blocked inside try/except/finally are pickled; the restored ones
# run their handlers and finally blocks: one gets a value, one an exception
# sent through the channel, one is killed.
import stackless, pickle

ch = stackless.channel()
log = []

def guarded(name, ch, log):
    try:
        try:
            v = ch.receive()
            log.append((name, "got", v))
        except ValueError as e:
            log.append((name, "caught", str(e)))
        finally:
            log.append((name, "inner finally"))
    finally:
        log.append((name, "outer finally"))

ts = [stackless.tasklet(guarded)(n, ch, log) for n in ("x", "y", "z")]
stackless.run()
blob = pickle.dumps((ts, ch, log))
for t in ts:
    t.kill()
print(log)
del log[:]
ts2, ch2, log2 = pickle.loads(blob)
print(log2)
ch2.send("value")
ch2.send_exception(ValueError, "through the channel")
ts2[2].kill()
for entry in log2:
    print(entry)
print([t.alive for t in ts2])
