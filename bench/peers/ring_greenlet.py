# Peer of bench/ring.py: N greenlets in a chain of rendezvous channels.
import time, sys
import gchannel
from gchannel import Channel, spawn
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000

def link(inp, out):
    out.send(inp.receive() + 1)

t0 = time.perf_counter()
first = Channel()
inp = first
for i in range(N):
    out = Channel()
    spawn(link, inp, out)
    inp = out
t1 = time.perf_counter()
spawn(first.send, 0)
result = inp.receive()
t2 = time.perf_counter()
assert result == N, result
print("ring N=%d result=%d create_s=%.4f pass_s=%.4f total_s=%.4f" % (N, result, t1 - t0, t2 - t1, t2 - t0))
