# an in-memory table with a tiny query builder: where/order_by/limit/select/group_by chaining
class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, **conds):
        def ok(r):
            for k, v in conds.items():
                field, _, op = k.partition("__")
                val = r.get(field)
                if op == "" and val != v: return False
                if op == "gt" and not (val is not None and val > v): return False
                if op == "lt" and not (val is not None and val < v): return False
                if op == "in" and val not in v: return False
                if op == "contains" and (val is None or v not in val): return False
            return True
        return Query(r for r in self.rows if ok(r))
    def order_by(self, *fields):
        rows = list(self.rows)
        for f in reversed(fields):
            desc = f.startswith("-")
            rows.sort(key=lambda r: r[f.lstrip("-")], reverse=desc)
        return Query(rows)
    def limit(self, n):
        return Query(self.rows[:n])
    def select(self, *fields):
        return [tuple(r[f] for f in fields) for r in self.rows]
    def group_by(self, field, agg_field, fn):
        groups = {}
        for r in self.rows:
            groups.setdefault(r[field], []).append(r[agg_field])
        return {k: fn(v) for k, v in sorted(groups.items())}
    def count(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
people = [
    {"name": "ann", "age": 34, "city": "oslo", "langs": ["py", "rust"]},
    {"name": "bob", "age": 27, "city": "rome", "langs": ["js"]},
    {"name": "cyd", "age": 45, "city": "oslo", "langs": ["c", "py"]},
    {"name": "dee", "age": 27, "city": "lima", "langs": ["py"]},
    {"name": "eve", "age": 39, "city": "rome", "langs": ["go", "rust"]},
]
q = Query(people)
print(q.where(city="oslo").select("name", "age"))
print(q.where(age__gt=30).order_by("-age").select("name"))
print(q.where(langs__contains="py").order_by("age", "name").select("name", "age"))
print(q.where(city__in=("rome", "lima"), age__lt=30).select("name"))
print(q.order_by("city", "-age").limit(3).select("city", "name"))
print(q.group_by("city", "age", lambda v: round(sum(v) / len(v), 1)))
print(q.group_by("age", "name", sorted), q.where(name="zed").count(), q.count())
print([r["name"] for r in q.where(langs__contains="rust") if r["age"] > 35])
print(sum(1 for _ in q.where(age__gt=0)), sorted({l for r in q for l in r["langs"]}))
