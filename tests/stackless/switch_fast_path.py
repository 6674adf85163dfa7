# Checks: send, receive and schedule() called from Python code take the
# interpreter's fast path in the common case and fall back to the generic
# one around it; the order of events and the values must be Stackless's in
# every mix: each channel preference with waiting senders and receivers,
# schedule() alone and in a round, tasklets blocked through a for loop over
# a channel, exceptions sent through a channel, a kill of a tasklet blocked
# on the fast path, a schedule callback switched on midway, and preemption
# by the watchdog while tasklets switch.
import stackless

log = []


def pref_case(pref):
    ch = stackless.channel()
    ch.preference = pref

    def receiver(name):
        log.append((name, "got", ch.receive()))

    def sender(name, v):
        r = ch.send(v)
        log.append((name, "sent", v, r))

    stackless.tasklet(receiver)("r1")
    stackless.tasklet(receiver)("r2")
    stackless.run()
    stackless.tasklet(sender)("s1", 1)
    stackless.tasklet(sender)("s2", 2)
    stackless.run()
    stackless.tasklet(sender)("s3", 3)
    stackless.tasklet(sender)("s4", 4)
    stackless.run()
    stackless.tasklet(receiver)("r3")
    stackless.tasklet(receiver)("r4")
    stackless.run()
    print("preference", pref, log, ch.balance)
    del log[:]


for p in (-1, 0, 1):
    pref_case(p)

# schedule() with nobody else: returns the current tasklet at once.
print(stackless.schedule() is stackless.getcurrent())


# A round of schedule() calls, and the value each returns.
def spinner(name, n):
    for i in range(n):
        r = stackless.schedule()
        log.append((name, i, r is stackless.getcurrent()))


for name in "abc":
    stackless.tasklet(spinner)(name, 3 if name != "b" else 1)
stackless.run()
print(log)
del log[:]

# A receiver blocked in a for loop (not a plain call) fed by fast sends.
ch = stackless.channel()


def consumer():
    for v in ch:
        log.append(("consumed", v))
    log.append("consumer done")


def producer():
    for i in range(3):
        ch.send(i * 10)
        log.append(("produced", i))
    ch.close()


stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
print(log)
del log[:]

# Exceptions through a channel mixed with plain values.
ch = stackless.channel()


def catcher():
    for _ in range(3):
        try:
            log.append(("value", ch.receive()))
        except ValueError as e:
            log.append(("raised", str(e)))


def thrower():
    ch.send(1)
    ch.send_exception(ValueError, "boom")
    ch.send(2)


stackless.tasklet(thrower)()
stackless.tasklet(catcher)()
stackless.run()
print(log)
del log[:]

# Killing a tasklet blocked in a fast receive runs its finally.
ch = stackless.channel()


def victim():
    try:
        ch.receive()
    finally:
        log.append("victim finally")


t = stackless.tasklet(victim)()
stackless.run()
print(t.blocked, ch.balance)
t.kill()
print(log, t.alive, ch.balance)
del log[:]


# A schedule callback switched on while tasklets ping-pong.
a, b = stackless.channel(), stackless.channel()
seen = []


def cb(prev, nxt):
    seen.append((prev is not None, nxt is not None))


def ping():
    for i in range(4):
        if i == 2:
            stackless.set_schedule_callback(cb)
        a.send(i)
        b.receive()
    stackless.set_schedule_callback(None)


def pong():
    for i in range(4):
        log.append(a.receive())
        b.send(None)


stackless.tasklet(ping)()
stackless.tasklet(pong)()
stackless.run()
print(log, len(seen) > 0)
del log[:]


# Preemption while tasklets switch: p1 computes for a while between its
# sends, long enough for the watchdog to take it out; all the values still
# arrive in order once everything has run to the end.
a, b = stackless.channel(), stackless.channel()
total = [0]


def p1():
    for i in range(50):
        x = 0
        for j in range(20):
            x += j
        a.send(i + x)
        b.receive()


def p2():
    for i in range(50):
        total[0] += a.receive()
        b.send(None)


stackless.tasklet(p1)()
stackless.tasklet(p2)()
interrupted = 0
while True:
    t = stackless.run(37)
    if t is None:
        break
    interrupted += 1
    t.insert()
print(total[0], interrupted > 0)
