# Realistic: the concurrent prime sieve. A generator tasklet feeds 2, 3, 4...
# into a chain of filter tasklets, one per prime found; main reads the primes
# in order.
import stackless
def generate(out):
    n = 2
    while True:
        out.send(n)
        n += 1
def filt(inp, out, p):
    while True:
        x = inp.receive()
        if x % p:
            out.send(x)
ch = stackless.channel()
workers = [stackless.tasklet(generate)(ch)]
primes = []
for i in range(15):
    p = ch.receive()
    primes.append(p)
    nxt = stackless.channel()
    workers.append(stackless.tasklet(filt)(ch, nxt, p))
    ch = nxt
print(primes)
for w in workers:
    w.kill()
print("stopped", sum(1 for w in workers if w.alive))
