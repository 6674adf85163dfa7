# Realistic: a three stage pipeline producer -> squarer -> collector linked by
# channels, terminated by a None sentinel. Result is independent of the
# interleaving; every stage finishes.
import stackless
def producer(out, n):
    for i in range(1, n + 1):
        out.send(i)
    out.send(None)
def squarer(inp, out):
    while True:
        x = inp.receive()
        if x is None:
            out.send(None)
            break
        out.send(x * x)
def collector(inp, results):
    while True:
        x = inp.receive()
        if x is None:
            break
        results.append(x)
    print("collector done")
a = stackless.channel()
b = stackless.channel()
results = []
ts = [stackless.tasklet(producer)(a, 6),
      stackless.tasklet(squarer)(a, b),
      stackless.tasklet(collector)(b, results)]
stackless.run()
print(results, sum(results))
print([t.alive for t in ts], a.balance, b.balance)
