# Realistic: a pool of 4 workers pulls jobs from a shared channel and pushes
# results to a results channel; main feeds jobs and collects results. Results
# are printed sorted, so the output does not depend on which worker did what.
import stackless
jobs = stackless.channel()
results = stackless.channel()
def worker(wid):
    done = 0
    while True:
        job = jobs.receive()
        if job is None:
            break
        n = job
        results.send((n, sum(i * i for i in range(n + 1)), wid))
        done += 1
    results.send(("worker-exit", wid, done))
for wid in range(4):
    stackless.tasklet(worker)(wid)
stackless.run()
print("idle workers waiting:", -jobs.balance)
out = []
exits = 0
total_done = 0
for n in range(10):
    stackless.tasklet(jobs.send)(n)
for i in range(4):
    stackless.tasklet(jobs.send)(None)
while exits < 4:
    r = results.receive()
    if r[0] == "worker-exit":
        exits += 1
        total_done += r[2]
    else:
        out.append(r[:2])
for n, s in sorted(out):
    print(n, s)
stackless.run()
print("jobs done:", total_done, "runnable left:", stackless.getruncount())
