# data processing report: joins across tables (lists of dicts), grouping, ranking, formatted output
members = [{"id": 1, "name": "Ann", "tier": "gold"}, {"id": 2, "name": "Ben", "tier": "basic"},
           {"id": 3, "name": "Cyd", "tier": "basic"}, {"id": 4, "name": "Dot", "tier": "gold"}]
books = {101: ("SICP", "cs"), 102: ("Dune", "scifi"), 103: ("Emma", "classic"), 104: ("Hyperion", "scifi"), 105: ("TAOCP", "cs")}
loans = [(1, 101, 3, 20), (2, 102, 1, 30), (1, 104, 5, 12), (3, 103, 2, 2), (2, 105, 10, 25), (4, 102, 15, 16), (3, 101, 20, 40), (1, 103, 22, 23)]
ALLOWED = {"gold": 21, "basic": 14}
RATE = {"gold": 0.10, "basic": 0.25}
by_id = {m["id"]: m for m in members}
rows = []
for mid, bid, start, end in loans:
    m = by_id[mid]
    days = end - start
    late = max(0, days - ALLOWED[m["tier"]])
    fine = round(late * RATE[m["tier"]], 2)
    rows.append({"member": m["name"], "tier": m["tier"], "title": books[bid][0], "genre": books[bid][1], "days": days, "late": late, "fine": fine})
print(f"{'member':<7}{'title':<10}{'genre':<8}{'days':>5}{'late':>5}{'fine':>7}")
for r in sorted(rows, key=lambda r: (r["member"], r["title"])):
    print(f"{r['member']:<7}{r['title']:<10}{r['genre']:<8}{r['days']:>5}{r['late']:>5}{r['fine']:>7.2f}")
totals = {}
for r in rows:
    totals[r["member"]] = round(totals.get(r["member"], 0) + r["fine"], 2)
print(totals)
ranking = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, fine) in enumerate(ranking, 1):
    print(f"{place}. {name} owes {fine:.2f}")
genre_days = {}
for r in rows:
    genre_days.setdefault(r["genre"], []).append(r["days"])
print({g: (len(d), sum(d) / len(d)) for g, d in sorted(genre_days.items())})
popular = {}
for r in rows:
    popular[r["title"]] = popular.get(r["title"], 0) + 1
print(max(popular.items(), key=lambda kv: (kv[1], kv[0])), [b for b, (t, _) in books.items() if t not in popular])
tier_fines = {t: sum(r["fine"] for r in rows if r["tier"] == t) for t in ALLOWED}
print(tier_fines, round(sum(tier_fines.values()), 2))
