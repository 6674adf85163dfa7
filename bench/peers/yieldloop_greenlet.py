# Peer of bench/yieldloop.py: T greenlets each reschedule themselves R times.
import time, sys
from gchannel import spawn, run, schedule
T = int(sys.argv[1]) if len(sys.argv) > 1 else 100
R = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
count = [0]
def spin():
    for i in range(R):
        count[0] += 1
        schedule()
t0 = time.perf_counter()
for i in range(T):
    spawn(spin)
run()
t1 = time.perf_counter()
assert count[0] == T * R
print("yieldloop switches=%d s=%.4f ns_per_switch=%.1f" % (T * R, t1 - t0, (t1 - t0) * 1e9 / (T * R)))
