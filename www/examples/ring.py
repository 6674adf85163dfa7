# The classic 100,000-tasklet ring: each tasklet receives a number from its
# left neighbour's channel, adds one and sends it right. The main tasklet
# sends 0 in and gets 100,000 back. Every tasklet is a heap object of a few
# hundred bytes, so this takes well under a second natively.
import stackless, time

N = 100_000

def link(left, right):
    right.send(left.receive() + 1)

t0 = time.perf_counter()
first = stackless.channel()
left = first
for i in range(N):
    right = stackless.channel()
    stackless.tasklet(link)(left, right)
    left = right
t1 = time.perf_counter()
stackless.tasklet(first.send)(0)
result = left.receive()
t2 = time.perf_counter()

print(f"{N:,} tasklets passed the number round: result {result:,}")
print(f"create: {t1 - t0:.3f} s, pass: {t2 - t1:.3f} s, total: {t2 - t0:.3f} s")
