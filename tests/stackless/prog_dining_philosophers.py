# Realistic: dining philosophers with channel-based fork locks; forks are
# always taken lowest-numbered first, so there is no deadlock. Every
# philosopher eats three times.
import stackless
class Fork:
    def __init__(self):
        self.busy = False
        self.waiting = stackless.channel()
    def take(self):
        if self.busy:
            self.waiting.receive()
        else:
            self.busy = True
    def drop(self):
        if self.waiting.balance < 0:
            self.waiting.send(None)
        else:
            self.busy = False
N = 5
forks = [Fork() for _ in range(N)]
meals = {}
def philosopher(i):
    a, b = sorted((i, (i + 1) % N))
    for meal in range(3):
        stackless.schedule()            # think
        forks[a].take()
        forks[b].take()
        meals[i] = meals.get(i, 0) + 1
        stackless.schedule()            # eat
        forks[b].drop()
        forks[a].drop()
for i in range(N):
    stackless.tasklet(philosopher)(i)
stackless.run()
print(sorted(meals.items()))
print("forks free:", all(not f.busy for f in forks))
