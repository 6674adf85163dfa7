# Peer of bench/pingpong.py: two greenlets bounce a counter over two channels.
import time, sys
from gchannel import Channel, spawn, run
M = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
a = Channel(); b = Channel()
def ping():
    for i in range(M):
        a.send(i)
        b.receive()
def pong():
    for i in range(M):
        a.receive()
        b.send(i)
t0 = time.perf_counter()
spawn(ping); spawn(pong)
run()
t1 = time.perf_counter()
print("pingpong M=%d transfers=%d s=%.4f ns_per_transfer=%.1f" % (M, 2 * M, t1 - t0, (t1 - t0) * 1e9 / (2 * M)))
