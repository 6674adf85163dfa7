# weather data analysis: parsing records, per-month aggregates, streaks, anomalies, formatted report
RAW = """2023-01-05,-3.5,2.0
2023-01-12,-7.25,0.0
2023-01-20,1.0,5.5
2023-02-02,0.5,12.0
2023-02-14,4.75,0.0
2023-02-28,6.0,3.25
2023-03-03,8.5,0.0
2023-03-15,12.0,0.0
2023-03-22,9.25,18.5
2023-03-30,15.5,0.0
2023-04-10,17.0,1.0
2023-04-21,21.5,0.0"""
records = []
for line in RAW.splitlines():
    date, temp, rain = line.split(",")
    y, m, d = map(int, date.split("-"))
    records.append({"month": m, "day": d, "temp": float(temp), "rain": float(rain)})
months = {}
for r in records:
    months.setdefault(r["month"], []).append(r)
print(f"{'mon':>3} {'n':>2} {'min':>6} {'max':>6} {'mean':>7} {'rain':>6}")
for m, rs in sorted(months.items()):
    temps = [r["temp"] for r in rs]
    print(f"{m:>3} {len(rs):>2} {min(temps):>6.2f} {max(temps):>6.2f} {sum(temps) / len(temps):>7.3f} {sum(r['rain'] for r in rs):>6.2f}")
dry, best, cur_start = 0, (0, None), None
for r in records:
    if r["rain"] == 0:
        dry += 1
        if dry == 1:
            cur_start = (r["month"], r["day"])
        if dry > best[0]:
            best = (dry, cur_start)
    else:
        dry = 0
print("longest dry streak:", best)
temps = [r["temp"] for r in records]
mean = sum(temps) / len(temps)
sd = (sum((t - mean) ** 2 for t in temps) / len(temps)) ** 0.5
print("mean", round(mean, 4), "sd", round(sd, 4))
print("anomalies:", [(r["month"], r["day"], r["temp"]) for r in records if abs(r["temp"] - mean) > 1.2 * sd])
warming = [b["temp"] - a["temp"] for a, b in zip(records, records[1:])]
print("max jump:", max(warming), "max drop:", min(warming), "warming steps:", sum(1 for w in warming if w > 0))
hist = {}
for t in temps:
    bucket = int(t // 5 * 5)
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:>4}..{b + 5:<4}{'*' * hist[b]}")
