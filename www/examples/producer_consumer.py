# Producer/consumer: two producers and one consumer talk over a channel.
# A send blocks until a receiver takes the item, so the channel paces them;
# channel.balance shows who waits (> 0: senders, < 0: receivers).
import stackless

items = stackless.channel()
done = stackless.channel()

def producer(name, count):
    for i in range(count):
        item = f"{name}-{i}"
        print(f"{name} offers {item} (balance {items.balance})")
        items.send(item)
    done.send(name)

def consumer():
    total = 0
    while True:
        item = items.receive()
        total += 1
        print(f"  consumer took {item}, {total} so far")

stackless.tasklet(consumer)()
stackless.tasklet(producer)("apples", 3)
stackless.tasklet(producer)("pears", 2)
finished = [done.receive(), done.receive()]
print("producers finished:", ", ".join(sorted(finished)))
