# json.loads: all value types, whitespace, unicode escapes, errors
import json
text = '''
{
  "string": "hello",
  "int": 42, "neg": -7, "float": 3.25, "exp": 1.5e3, "small": 1E-2,
  "true": true, "false": false, "null": null,
  "list": [1, "two", [3, [4]], {"five": 5}],
  "obj": {"nested": {"deeper": []}},
  "escapes": "line\\nbreak \\"quoted\\" \\\\ \\/ \\t \\u00e9 \\u263a \\ud83d\\ude00",
  "empty": "", "big": 123456789012345678901234567890
}
'''
obj = json.loads(text)
for k, v in obj.items():
    print(repr(k), type(v).__name__, repr(v))
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("1"), json.loads("1.0"), json.loads(" null "), json.loads("true"))
print(json.loads("-0"), json.loads("-0.0"), json.loads("1e400"), json.loads("[1.7976931348623157e308]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[0.1, 0.2, 0.30000000000000004]'))
print(json.loads('"\\u00fc"') == "ü", json.loads('{"k": [1, 2]}')["k"][1])
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
bads = ["", "{", "[1,]", "{'a': 1}", "tru", "[1 2]", '{"a" 1}', "01", '"unterminated', "1 2", "{\"a\":}"]
for b in bads:
    try:
        json.loads(b)
        print("parsed?", repr(b))
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError), repr(b))
print(json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
