# collections.deque: appends, pops, rotate, maxlen, indexing
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 8 in d, 99 in d)
d.remove(7)
d.reverse()
print(d)
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), window.maxlen)
w2 = deque("abcdef", maxlen=4)
print(w2)
w2.appendleft("z")
print(w2)
q = deque()
for job in ["a", "b", "c"]:
    q.append(job)
order = []
while q:
    job = q.popleft()
    order.append(job)
    if job == "a":
        q.append("a2")
print(order)
dd = deque(range(10))
dd[3] = "three"
del dd[0]
print(dd, dd == deque([1, 2, "three", 4, 5, 6, 7, 8, 9]), deque([1]) + deque([2]))
print(deque(), repr(deque([1], maxlen=5)), list(reversed(deque("abc"))))
