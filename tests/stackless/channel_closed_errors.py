# Checks: on a closed, empty channel send() and receive() raise ValueError;
# iteration stops at once.
import stackless
ch = stackless.channel()
print(ch.closing, ch.closed)
ch.close()
print(ch.closing, ch.closed)
for op in (lambda: ch.send(1), ch.receive):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
print(list(ch))
for x in ch:
    print("never")
print("done")
