# interval problems: merge, insert, intersections, meeting rooms, free time
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best
def free_time(schedules, day=(9, 18)):
    busy = merge([iv for s in schedules for iv in s])
    free, t = [], day[0]
    for s, e in busy:
        if s > t:
            free.append((t, min(s, day[1])))
        t = max(t, e)
    if t < day[1]:
        free.append((t, day[1]))
    return free
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(merge([(5, 7), (1, 2), (2, 4)]), merge([]), merge([(1, 10), (2, 3)]))
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
meetings = [(9, 10), (9.5, 11), (10, 12), (11, 13), (12.5, 14), (9, 9.5)]
print(rooms_needed(meetings), rooms_needed([]), rooms_needed([(1, 2), (2, 3)]))
alice = [(9, 10.5), (12, 13), (16, 17)]
bob = [(10, 11), (12.5, 14), (17, 18)]
carol = [(9, 9.25), (15, 16.5)]
print(free_time([alice, bob, carol]))
print(sum(e - s for s, e in free_time([alice, bob, carol])), "free hours")
def covered(intervals):
    return sum(e - s for s, e in merge(intervals))
print(covered([(0, 5), (3, 8), (10, 12)]), covered([(1.5, 2.5), (2, 3)]))
