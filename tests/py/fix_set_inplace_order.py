import random
random.seed(12345)
def rs():
    k = random.randrange(0, 60)
    base = random.choice([0, 8, 100, -50])
    return set(base + random.randrange(0, 200) for _ in range(k))
def ri():
    return [random.randrange(-50, 250) for _ in range(random.randrange(0, 40))]
for it in range(400):
    a = rs(); b = rs(); alias = a
    op = random.randrange(16)
    if op == 0: a |= b
    elif op == 1: a &= b
    elif op == 2: a -= b
    elif op == 3: a ^= b
    elif op == 4: a.difference_update(ri())
    elif op == 5: a.symmetric_difference_update(ri())
    elif op == 6: a.intersection_update(ri())
    elif op == 7: a.update(ri(), ri())
    elif op == 8: a = a - b
    elif op == 9: a = a ^ b
    elif op == 10: a = a & b
    elif op == 11: a = a.difference(ri(), b)
    elif op == 12: a = a.intersection(ri())
    elif op == 13: a = a.symmetric_difference(ri())
    elif op == 14: a = a.union(ri(), b)
    else:
        a.difference_update(b, ri())
    print(it, op, list(a), alias is a)
    a.add(1000); a.add(-1000); print(list(a))
s = set(str(i) for i in range(50))
s -= set(str(i) for i in range(0, 50, 2)); print(len(s))
s ^= set(str(i) for i in range(40, 60)); print(len(s), sorted(s)[:5])
s = set()
for i in range(3000):
    s |= {i}
for i in range(0, 3000, 2):
    s -= {i}
for i in range(0, 3000, 3):
    s ^= {i}
print(len(s), list(s)[:20])
# pop's finger survives clear/intersection_update (set_swap_bodies)
random.seed(8)
for trial in range(200):
    s = set()
    log = []
    for _ in range(random.randint(1, 60)):
        op = random.random()
        v = random.randint(-50, 200)
        if op < 0.55: s.add(v)
        elif op < 0.7: s.discard(v)
        elif op < 0.8 and s: log.append(s.pop())
        elif op < 0.85: s.update({v, v + 1})
        elif op < 0.9: s.difference_update({v, v + 2})
        elif op < 0.95: s.intersection_update(set(range(-50, 150)))
        elif op < 0.97: s &= set(range(-20, 100))
        else: s.clear()
    print(trial, log, list(s))
