# a small JSON-backed todo application: load, mutate, validate, dump
import json
raw = '''{"version": 2, "owner": "sam", "todos": [
  {"id": 1, "title": "buy milk", "done": false, "tags": ["home"], "priority": 2},
  {"id": 2, "title": "write report", "done": true, "tags": ["work", "urgent"], "priority": 1},
  {"id": 3, "title": "call mom", "done": false, "tags": [], "priority": 3},
  {"id": 4, "title": "fix bug #42", "done": false, "tags": ["work"], "priority": 1}
]}'''
db = json.loads(raw)
print(db["owner"], db["version"], len(db["todos"]))
def add(db, title, tags=(), priority=2):
    new_id = max(t["id"] for t in db["todos"]) + 1
    db["todos"].append({"id": new_id, "title": title, "done": False, "tags": list(tags), "priority": priority})
    return new_id
def complete(db, tid):
    for t in db["todos"]:
        if t["id"] == tid:
            t["done"] = True
            return t
    raise KeyError(tid)
def validate(db):
    errors = []
    for t in db["todos"]:
        if not isinstance(t.get("title"), str) or not t["title"]:
            errors.append(f"{t.get('id')}: bad title")
        if t.get("priority") not in (1, 2, 3):
            errors.append(f"{t.get('id')}: bad priority {t.get('priority')!r}")
    return errors
print(add(db, "water plants", ["home"]), add(db, "deploy", ["work"], 1))
print(complete(db, 1))
try:
    complete(db, 99)
except KeyError as e:
    print("no such todo:", e)
db["todos"].append({"id": 99, "title": "", "priority": 7})
print(validate(db))
db["todos"].pop()
by_tag = {}
for t in db["todos"]:
    for tag in t["tags"] or ["untagged"]:
        by_tag.setdefault(tag, []).append(t["id"])
print(json.dumps(by_tag, sort_keys=True))
pending = sorted((t for t in db["todos"] if not t["done"]), key=lambda t: (t["priority"], t["id"]))
for t in pending:
    print(f"[{'x' if t['done'] else ' '}] P{t['priority']} #{t['id']:<3}{t['title']}")
summary = {"total": len(db["todos"]), "done": sum(t["done"] for t in db["todos"]),
           "by_priority": {str(p): sum(1 for t in db["todos"] if t["priority"] == p) for p in (1, 2, 3)}}
print(json.dumps(summary))
out = json.dumps(db, indent=2, sort_keys=True)
print(out[:200])
again = json.loads(out)
print(again == db, len(out.splitlines()))
print(json.dumps(db["todos"][-1], separators=(",", ":")))
