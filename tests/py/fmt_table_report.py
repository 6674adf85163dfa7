# formatted tabular reports: column widths computed from data, alignment, totals, percentages
rows = [("Widgets", 1250, 3.5), ("Gadgets", 87, 129.99), ("Thingamajigs", 15000, 0.25), ("Doohickeys", 0, 42.0), ("Gizmos", 342, 18.75)]
headers = ("Product", "Qty", "Unit price", "Revenue", "Share")
revenue = [q * p for _, q, p in rows]
total = sum(revenue)
table = [(n, f"{q:,}", f"{p:,.2f}", f"{r:,.2f}", f"{r / total:.1%}") for (n, q, p), r in zip(rows, revenue)]
widths = [max(len(str(x)) for x in col) for col in zip(headers, *table)]
def line(cells, aligns):
    return " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths))
print(line(headers, "<>>>>"))
print("-+-".join("-" * w for w in widths))
for row in table:
    print(line(row, "<>>>>"))
print("-+-".join("-" * w for w in widths))
print(line(("TOTAL", f"{sum(q for _, q, _ in rows):,}", "", f"{total:,.2f}", "100.0%"), "<>>>>"))
print()
for name, q, p in sorted(rows, key=lambda r: -r[1] * r[2]):
    bar = "#" * round(q * p / total * 40)
    print(f"{name:>12} {bar:<40} {q * p / total:6.2%}")
print()
print("{:^30}".format(" Summary "), "|", "{:*^30}".format(" Summary "))
stats = {"count": len(rows), "mean qty": sum(q for _, q, _ in rows) / len(rows), "max price": max(p for *_, p in rows)}
for k, v in stats.items():
    print(f"{k + ':':<12}{v:>12.3f}" if isinstance(v, float) else f"{k + ':':<12}{v:>12d}")
