# split, rsplit, splitlines, join
s = "a,b,,c,d,"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(",", 0))
print("  a  b \t c\nd  ".split(), "  a  b  c ".split(None, 1), "  a  b  c ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "a::b".split(":"), "x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.split("\n"))
print("no newline".splitlines(), "".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), " - ".join("xyz"), "\n".join(["1", "2"]))
print("|".join(str(i) for i in range(5)))
print("".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("k=v&a=b&c=".split("&"))
pairs = [p.split("=", 1) for p in "k=v&a=b&c=&d=e=f".split("&")]
print(pairs)
print(dict(pairs))
print("a b c".split(" "), "a  b".split(" "))
csv = "name,age,city\nbob,30,paris\nann,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
print(header)
for r in data:
    print(dict(zip(header, r)))
