# repr of strings: quotes and escapes
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\xff", "é", "日本", "😀", "\u200b", "\t\n\r\x0b\x0c", "", "'", '"', "\a\b"]
for t in tests:
    print(repr(t), len(t))
print(["a'b", 'a"b', "x"])
print({"k'": "v\n"})
print(str("a\nb"))
print("%r %s" % ("x\ty", "x\ty"))
print(f"{'q'!r} {'q'!s} {'é'!a} {'😀'!a} {'x'!a}")
print(ascii("héllo"), ascii("abc"), ascii(["ü"]))
print(r"raw\nstring", r"\d+\.\d*", len(r"\n"))
print("\u2022", "\u00e9" == "é", "\x41\x42")
print('''triple
quoted''', """with "quotes" inside""")
print("abc" "def", "implicit" " concat")
print("a\
b")
print(repr("\\"), repr("\\\\"), repr("\\n"))
