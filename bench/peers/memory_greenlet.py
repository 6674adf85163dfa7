# Peer of bench/memory.py: N greenlets blocked on rendezvous channels.
import sys
from gchannel import Channel, spawn, run
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

def link(inp, out):
    out.send(inp.receive() + 1)

first = Channel()
inp = first
for i in range(N):
    out = Channel()
    spawn(link, inp, out)
    inp = out
run()  # every greenlet is now blocked in receive()
blocked = len(first.receivers)
spawn(first.send, 0)
result = inp.receive()
assert result == N, result
print("memory N=%d blocked=%d result=%d" % (N, blocked, result))
