# Peer of bench/spawn.py: create K greenlets that add to a total, run them all.
import time, sys
from gchannel import spawn, run
K = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
total = [0]
def work(i):
    total[0] += i
t0 = time.perf_counter()
for i in range(K):
    spawn(work, i)
run()
t1 = time.perf_counter()
assert total[0] == K * (K - 1) // 2
print("spawn K=%d s=%.4f ns_per_tasklet=%.1f" % (K, t1 - t0, (t1 - t0) * 1e9 / K))
