# JSON round trips of nested records, preserving order and types
import json
records = [
    {"id": 1, "name": "Ann", "scores": [90, 85.5], "address": {"city": "Oslo", "zip": "0150"}, "admin": False},
    {"id": 2, "name": "Bjørn", "scores": [], "address": None, "admin": True},
    {"id": 3, "name": "Chén", "scores": [100], "address": {"city": "Xi'an", "zip": None}, "admin": False},
]
s = json.dumps(records)
print(s)
back = json.loads(s)
print(back == records, type(back).__name__, [type(r).__name__ for r in back])
pretty = json.dumps(records, indent=2, ensure_ascii=False)
print(pretty)
print(json.loads(pretty) == records)
t = (1, [2, (3, 4)])
print(json.loads(json.dumps(t)), json.loads(json.dumps(t)) == t)
d = {1: "a", 2: "b"}
print(json.loads(json.dumps(d)), json.loads(json.dumps(d)) == d)
floats = [0.1, 1 / 3, 1e-7, 123456789.123, 2.5e20, -0.0, 5e-324]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
compact = json.dumps(records[0], separators=(",", ":"), sort_keys=True)
print(compact, len(compact))
state = {"counter": 0, "history": []}
for step in range(3):
    state = json.loads(json.dumps(state))
    state["counter"] += 1
    state["history"].append({"step": step, "sq": step * step})
print(json.dumps(state, sort_keys=True))
