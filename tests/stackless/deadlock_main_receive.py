# Checks: main receiving on a channel with no other tasklet -> RuntimeError
# "Deadlock: the last runnable tasklet cannot be blocked."; main is unblocked
# (still scheduled) and the error repeats on every attempt.
import stackless
ch = stackless.channel()
for attempt in range(2):
    try:
        ch.receive()
    except RuntimeError as e:
        print(attempt, type(e).__name__ + ":", e)
print(ch.balance, stackless.main.blocked, stackless.main.scheduled)
print(stackless.getruncount())
