# Checks: two periodic tasklets with different periods interleave by virtual
# time: ticks at 0.1, 0.2, 0.3 and 0.25, 0.5.
import stackless, time
done = stackless.channel()
def ticker(name, period, n):
    for i in range(1, n + 1):
        time.sleep(period)
        print(name, "tick", i)
    done.send(name)
stackless.tasklet(ticker)("fast", 0.1, 3)
stackless.tasklet(ticker)("slow", 0.25, 2)
done.receive()
done.receive()
print("all done")
