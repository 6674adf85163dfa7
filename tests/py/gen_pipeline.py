# generator pipelines: processing a log stream lazily
LOG = """2024-01-01 INFO start server
2024-01-01 WARN disk 80%
2024-01-02 ERROR failed login user=bob
2024-01-02 INFO request /home
2024-01-02 ERROR timeout db
2024-01-03 INFO request /about
2024-01-03 WARN memory 90%
2024-01-03 ERROR failed login user=ann"""
def lines(text):
    for line in text.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1
for n, r in numbered(only("ERROR", parse(lines(LOG)))):
    print(n, r["date"], r["msg"])
counts = {}
for r in parse(lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
by_date = list(unique(r["date"] for r in parse(lines(LOG))))
print(by_date)
