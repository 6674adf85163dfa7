# seeded discrete-event simulation of a bank queue with multiple tellers
import random
from collections import deque
random.seed(77)
TELLERS = 3
arrivals = []
t = 0.0
for i in range(40):
    t += random.uniform(0.2, 2.5)
    arrivals.append((round(t, 3), i, round(random.uniform(1.0, 6.0), 3)))
queue = deque()
tellers = [None] * TELLERS
free_at = [0.0] * TELLERS
waits, served_by = [], [0] * TELLERS
events = sorted(arrivals)
clock = 0.0
ai = 0
max_queue = 0
while ai < len(events) or queue:
    next_arrival = events[ai][0] if ai < len(events) else float("inf")
    next_free = min(free_at)
    if queue and next_free <= next_arrival:
        k = free_at.index(next_free)
        clock = max(clock, next_free)
        arr_t, cid, service = queue.popleft()
        waits.append(clock - arr_t)
        free_at[k] = clock + service
        served_by[k] += 1
    else:
        clock = next_arrival
        queue.append(events[ai])
        ai += 1
        max_queue = max(max_queue, len(queue))
print("customers:", len(waits))
print("avg wait:", round(sum(waits) / len(waits), 4))
print("max wait:", round(max(waits), 4))
print("zero waits:", sum(1 for w in waits if w < 1e-9))
print("max queue:", max_queue)
print("served by teller:", served_by)
print("closing time:", round(max(free_at), 3))
buckets = [0] * 6
for w in waits:
    buckets[min(int(w), 5)] += 1
for i, b in enumerate(buckets):
    print(f"{i}{'+' if i == 5 else ' '} min: {'#' * b} {b}")
