# generator send(): coroutines, running averages, priming
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as si:
    print(si.value)
g = echo()
try:
    g.send("too early")
except TypeError as ex:
    print("TypeError:", ex)
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])
def two_way():
    x = yield "first"
    print("  got", x)
    y = yield "second:" + str(x)
    print("  got", y)
    yield "third:" + str(y)
t = two_way()
print(next(t))
print(t.send(1))
print(t.send(2))
print(next(t, "end"))
def state_machine():
    state = "idle"
    while True:
        cmd = yield state
        if state == "idle" and cmd == "start":
            state = "running"
        elif state == "running" and cmd == "pause":
            state = "paused"
        elif state == "paused" and cmd == "start":
            state = "running"
        elif cmd == "stop":
            state = "stopped"
sm = state_machine()
next(sm)
print([sm.send(c) for c in ["pause", "start", "pause", "start", "stop", "start"]])
