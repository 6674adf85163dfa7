# Soak: PAIRS pairs of tasklets (2 * PAIRS tasklets) exchange numbered
# messages over one channel per pair until a line arrives on stdin; the host
# snapshots and restores the whole runtime meanwhile (bench/soak.rs). Each
# receiver checks that message n is followed by n + 1, so a message lost or
# delivered twice across a restore is counted as an error. At the end every
# pair reports, and the totals must agree.
import stackless, sys
PAIRS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
stop = False
errors = 0
finished = 0
sent = [0] * PAIRS
received = [0] * PAIRS

def pinger(k, ch):
    global errors
    n = 0
    while not stop:
        ch.send(n)
        if ch.receive() != n + 1:
            errors += 1
        n += 2
        sent[k] += 1
    ch.send(None)

def ponger(k, ch):
    global errors, finished
    expected = 0
    while True:
        m = ch.receive()
        if m is None:
            break
        if m != expected:
            errors += 1
        expected = m + 2
        received[k] += 1
        ch.send(m + 1)
    finished += 1

def controller():
    global stop
    input()
    stop = True

for k in range(PAIRS):
    ch = stackless.channel()
    stackless.tasklet(ponger)(k, ch)
    stackless.tasklet(pinger)(k, ch)
stackless.tasklet(controller)()
stackless.run()
while finished < PAIRS:
    stackless.schedule()
print("pairs", PAIRS, "messages", 2 * sum(received), "errors", errors,
      "mismatched pairs", sum(1 for a, b in zip(sent, received) if a != b),
      "starved pairs", sum(1 for r in received if r == 0))
