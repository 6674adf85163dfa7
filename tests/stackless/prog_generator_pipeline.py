# Realistic: a generator feeds lines through send_sequence into a tokenizer
# tasklet, which forwards words to a counting tasklet; StopIteration sent over
# the channels ends the iterations.
import stackless
lines = ["to be or not to be", "that is the question", "to be is to do"]
raw = stackless.channel()
words = stackless.channel()
result = stackless.channel()
info = {}
def source():
    info["sent"] = raw.send_sequence(line.upper() for line in lines)
    raw.send_exception(StopIteration)
def tokenizer():
    for line in raw:
        words.send_sequence(line.split())
    words.send_exception(StopIteration)
def counter():
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    result.send(counts)
stackless.tasklet(source)()
stackless.tasklet(tokenizer)()
stackless.tasklet(counter)()
counts = result.receive()
for w in sorted(counts):
    print(w, counts[w])
stackless.run()
print("source sent", info["sent"], "lines")
