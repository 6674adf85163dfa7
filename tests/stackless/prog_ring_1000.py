# Realistic: a ring of 1000 tasklets; a token goes around three times, each
# tasklet adding 1. All tasklets end afterwards.
import stackless
N = 1000
LAPS = 3
chans = [stackless.channel() for _ in range(N)]
result = stackless.channel()
def node(i):
    inp = chans[i]
    out = chans[i + 1] if i + 1 < N else result
    for lap in range(LAPS):
        out.send(inp.receive() + 1)
nodes = [stackless.tasklet(node)(i) for i in range(N)]
stackless.run()
print("blocked nodes:", sum(1 for t in nodes if t.blocked))
value = 0
for lap in range(LAPS):
    chans[0].send(value)
    value = result.receive()
    print("lap", lap + 1, "value", value)
stackless.run()
print("alive:", sum(1 for t in nodes if t.alive))
