# json edge cases: escaping, unicode, nesting depth, number formats, key coercion, whitespace
import json
samples = ["", "\"", "\\", "/", "\b\f\n\r\t", "\x00\x1f", "\u007f", "é", "€", "𝄞", "😀", "a\u2028b", "'single'"]
for s in samples:
    d = json.dumps(s)
    print(d, json.dumps(s, ensure_ascii=False) == d, json.loads(d) == s)
nested = []
cur = nested
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
text = json.dumps(nested)
print(len(text), text[:40], json.loads(text) == nested)
print(json.dumps([1.0, 2.50, 1e16, 1e-7, 123456789.123456789, 0.1 + 0.2, -1.5e-300]))
print(json.loads("[1.0, 2.50, 1E2, 1e-2, -0, 10000000000000000000000]"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=3))
print(json.dumps({True: 1, False: 0, None: "n", 1.5: "f", 2: "i"}))
print(json.loads('  {\n "k"  :\t[ 1 ,2 ]\r\n}  '))
print(json.dumps([[], {}, [[]], [{}], {"e": []}], separators=(",", ":")))
print(json.dumps("tab\there", indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
obj = {"list": [1, {"x": [2, {"y": 3}]}]}
print(json.dumps(obj, indent=1))
print(json.loads(json.dumps(obj))["list"][1]["x"][1]["y"])
for bad in ['{"a":1', '[1,2,]', '{"a":1,}', 'nul', '"\\x41"', "[1, 2] [3]"]:
    try:
        json.loads(bad)
        print("accepted", bad)
    except ValueError:
        print("rejected", repr(bad))
