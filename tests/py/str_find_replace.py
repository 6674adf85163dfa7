# find, rfind, index, rindex, count, replace, in
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o", 13, 20), s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""))
print(s.count("e", 10), s.count("e", 10, 30), "aaaa".count("aa"), "".count("a"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace(" ", ""), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("fox" in s, "cat" in s, "" in s, "the" not in s)
print("hello".find(""), "hello".find("", 10), "hello".rfind(""), "hello".find("l", -2))
print("mississippi".replace("ss", "SS"), "mississippi".count("ss"), "mississippi".rfind("ss"), "mississippi".find("i", 5))
print("abc".index("c", -1), "banana".rindex("an", 0, 4))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("key: value: more".partition(": "))
