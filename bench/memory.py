# Memory per blocked tasklet: N tasklets in a chain, each blocked receiving on
# its own channel (the channels are referenced only by the tasklets' frames),
# then one value runs through them all. The harness compares peak RSS for N
# and for N=0 and divides by N.
import stackless, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

def link(inp, out):
    out.send(inp.receive() + 1)

first = stackless.channel()
inp = first
for i in range(N):
    out = stackless.channel()
    stackless.tasklet(link)(inp, out)
    inp = out
stackless.run()  # every tasklet is now blocked in receive()
runnable = stackless.getruncount()
stackless.tasklet(first.send)(0)
result = inp.receive()
assert result == N, result
print("memory N=%d runnable_while_blocked=%d result=%d" % (N, runnable, result))
