# string comparisons, ordering, membership, misc methods
words = ["banana", "Apple", "cherry", "apple", "Banana", "b", "", "apple pie", "äpfel", "Zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("abc" == "abc", "a" * 3 == "aaa")
print(max(words), min(words), max(words, key=len))
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({}))
print(str(), repr(""), len("")) 
print("Hello".swapcase(), "hello world".title(), "a1b2".upper())
print(ord("a") - ord("A"), chr(ord("a") + 1))
table = {}
for ch in "hello world":
    table[ch] = table.get(ch, 0) + 1
print(table)
print("".join(sorted(set("mississippi"))))
print("abc".isascii(), "é".isascii(), "x".encode(), "é".encode("utf-8"))
s = "The Rain In Spain"
print(s.lower().count("ain"), [w[0] for w in s.split()], s.split()[::-1])
print(" ".join(w.capitalize() for w in "make each word big".split()))
print("%s|%s" % ("a".ljust(3), "b".rjust(3)))
print("tic-tac-toe".split("-", 1), "a,b;c".replace(";", ",").split(","))
print("Python"[::-1].lower(), "racecar" == "racecar"[::-1])
