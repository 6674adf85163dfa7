# case conversion and predicates
words = ["hello", "WORLD", "Hello World", "hELLO wORLD", "123abc", "", "  spaced  ", "ßtraße", "o'neil's", "mixed-Case_word"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase())
for w in ["abc", "ABC", "Abc", "123", "abc123", "   ", "", "a b", "Title Case", "\t\n", "12.5", "ab_c", "Ünïcode"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(), w.isspace(), w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier())
print("straße".casefold(), "ΣΑΣ".lower())
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "hello".endswith(("a", "b")))
print("hello".startswith("l", 2), "hello".endswith("l", 0, 4))
names = ["alice smith", "BOB JONES", "carol de la cruz"]
for n in names:
    first, *rest = n.split()
    print(first.capitalize(), " ".join(r.upper() for r in rest), n.title())
print("hello world".title(), "they're bill's friends".title(), "3rd place".title())
print("a".upper() + "B".lower(), "MiXeD".lower().upper())
counts = {"upper": 0, "lower": 0, "digit": 0, "other": 0}
for ch in "Hello World 2024!":
    if ch.isupper():
        counts["upper"] += 1
    elif ch.islower():
        counts["lower"] += 1
    elif ch.isdigit():
        counts["digit"] += 1
    else:
        counts["other"] += 1
print(counts)
