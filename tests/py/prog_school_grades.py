# school grade report: parsing CSV-like text, statistics, letter grades, ranking with ties
DATA = """name,math,physics,literature,history
Ana,92,88,79,85
Ben,75,64,91,70
Chloe,88,95,85,90
Dev,60,58,72,65
Eli,92,88,79,85
Fay,100,97,68,74
Gus,45,52,61,58"""
def letter(avg):
    for cutoff, g in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return g
    return "F"
def mean(xs):
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5
header, *rows = [line.split(",") for line in DATA.splitlines()]
subjects = header[1:]
students = {r[0]: dict(zip(subjects, map(int, r[1:]))) for r in rows}
report = []
for name, scores in students.items():
    avg = mean(list(scores.values()))
    report.append((name, avg, letter(avg), max(scores, key=scores.get), min(scores, key=scores.get)))
report.sort(key=lambda r: (-r[1], r[0]))
rank = 0
prev = None
for i, (name, avg, grade, best, worst) in enumerate(report, 1):
    if avg != prev:
        rank = i
        prev = avg
    print(f"{rank:>2}. {name:<6} {avg:6.2f} {grade}  best={best:<10} worst={worst}")
print()
for subj in subjects:
    col = [s[subj] for s in students.values()]
    top = [n for n, s in students.items() if s[subj] == max(col)]
    print(f"{subj:<11} mean={mean(col):6.2f} median={median(col):5.1f} sd={stdev(col):6.3f} top={','.join(top)}")
dist = {}
for r in report:
    dist[r[2]] = dist.get(r[2], 0) + 1
print({g: dist.get(g, 0) for g in "ABCDF"})
print("honor roll:", [r[0] for r in report if r[2] == "A"])
print("failing any:", sorted(n for n, s in students.items() if any(v < 60 for v in s.values())))
corr_num = sum((students[n]["math"] - mean([s["math"] for s in students.values()])) * (students[n]["physics"] - mean([s["physics"] for s in students.values()])) for n in students)
print("math/physics covariance:", round(corr_num / (len(students) - 1), 4))
