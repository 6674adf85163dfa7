# CSV parsing with quoted fields, escaped quotes, embedded commas/newlines; then aggregation
RAW = '''id,name,dept,salary,notes
1,"Smith, John",Engineering,85000,"Likes ""quotes"""
2,Jane Doe,Marketing,62000,
3,"O'Brien, Pat",Engineering,91000,"multi
line note"
4,Li Wei,Sales,55000,plain
5,"Garcia, Ana",Sales,58000,"comma, inside"
6,Sam,Marketing,,missing salary
'''
def parse_csv(text):
    rows, row, field = [], [], []
    i, inq = 0, False
    while i < len(text):
        ch = text[i]
        if inq:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    inq = False
            else:
                field.append(ch)
        elif ch == '"':
            inq = True
        elif ch == ",":
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows
def to_csv_field(v):
    s = str(v)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s
rows = parse_csv(RAW)
header, data = rows[0], rows[1:]
print(header, len(data))
records = [dict(zip(header, r)) for r in data]
for r in records:
    print(r)
by_dept = {}
for r in records:
    if r["salary"]:
        by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
for dept, sal in sorted(by_dept.items()):
    print(f"{dept:<12} n={len(sal)} total={sum(sal):>7,} avg={sum(sal) / len(sal):>10,.2f}")
print([r["name"] for r in records if not r["salary"]])
out = "\n".join(",".join(to_csv_field(v) for v in row) for row in rows)
print(out)
print(parse_csv(out + "\n") == rows)
