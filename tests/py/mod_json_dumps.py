# json.dumps: types, indent, sort_keys, separators, ensure_ascii
import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": 0, "active": True, "meta": None,
        "nested": {"z": 1, "a": [1, 2, {"deep": False}]}, "ratio": 0.1, "big": 2**70, "neg": -5, "f": 1.0}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data["nested"], indent=4, sort_keys=True))
print(json.dumps([1, 2, [3, []], {}], indent=1))
print(json.dumps(data["tags"], separators=(",", ":")), json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(", ", ": "), sort_keys=True))
print(json.dumps({"a": 1}, indent=0), json.dumps([1], indent=""))
print(json.dumps("héllo ☃ 😀"), json.dumps("héllo", ensure_ascii=False), json.dumps("tab\tq\"\\\n\x01"))
print(json.dumps(1.5), json.dumps(1e100), json.dumps(-0.0), json.dumps(3), json.dumps(None), json.dumps(True), json.dumps("s"))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps([float("-inf")]))
for bad in [{1, 2}, b"bytes", object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": "v"}, indent="\t"))
print(json.dumps([{"id": i, "sq": i * i} for i in range(3)], indent=2, sort_keys=True))
