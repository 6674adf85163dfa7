# Realistic: map/reduce. Mapper tasklets count words of their chunk and send
# partial dicts to a reducer tasklet, which merges them and reports to main.
import stackless
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog jumps over a lazy fox"""
chunks = text.split("\n")
partials = stackless.channel()
report = stackless.channel()
def mapper(chunk):
    counts = {}
    for w in chunk.split():
        counts[w] = counts.get(w, 0) + 1
        stackless.schedule()
    partials.send(counts)
def reducer(n):
    total = {}
    for i in range(n):
        for w, c in partials.receive().items():
            total[w] = total.get(w, 0) + c
    report.send(total)
stackless.tasklet(reducer)(len(chunks))
for c in chunks:
    stackless.tasklet(mapper)(c)
total = report.receive()
for w in sorted(total, key=lambda w: (-total[w], w))[:6]:
    print(w, total[w])
print("distinct", len(total))
