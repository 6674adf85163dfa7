# A tasklet suspended inside a generator's body (the generator is blocked on
# a channel), and a suspended generator pickled on its own.
import stackless, pickle

ch = stackless.channel()
result = []

def numbers(c):
    total = 0
    for i in range(3):
        total += c.receive()
        yield total

def consumer(c, result):
    for x in numbers(c):
        result.append(x)
    result.append("done")

t = stackless.tasklet(consumer)(ch, result)
stackless.run()
ch.send(1)
print(result, t.blocked)
blob = pickle.dumps((t, ch, result))
t.kill()
t2, ch2, r2 = pickle.loads(blob)
ch2.send(10)
ch2.send(100)
print(r2, t2.alive)

def countdown(n):
    while n:
        yield n
        n -= 1
    yield "liftoff"

g = countdown(4)
print(next(g), next(g))
g2 = pickle.loads(pickle.dumps(g))
print(list(g2), list(g))
