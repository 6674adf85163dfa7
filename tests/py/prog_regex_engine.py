# a tiny regular expression matcher supporting . * + ? ^ $ and character classes
class Pattern:
    def __init__(self, src):
        self.src = src
        self.anchored = src.startswith("^")
        self.items = self.compile(src[1:] if self.anchored else src)
    def compile(self, s):
        items, i = [], 0
        while i < len(s):
            if s[i] == "[":
                j = s.index("]", i)
                body = s[i + 1:j]
                neg = body.startswith("!")
                if neg:
                    body = body[1:]
                chars = set()
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars |= {chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1)}
                        k += 3
                    else:
                        chars.add(body[k])
                        k += 1
                atom = ("class", frozenset(chars), neg)
                i = j + 1
            elif s[i] == "$" and i == len(s) - 1:
                items.append(("end", None, None))
                i += 1
                continue
            else:
                atom = ("any", None, None) if s[i] == "." else ("lit", s[i], None)
                i += 1
            q = s[i] if i < len(s) and s[i] in "*+?" else ""
            if q:
                i += 1
            items.append(atom + (q,))
        return items
    @staticmethod
    def atom_ok(atom, ch):
        kind, val, neg = atom[:3]
        if kind == "any":
            return True
        if kind == "lit":
            return ch == val
        return (ch in val) != neg
    def match_here(self, k, text, i):
        if k == len(self.items):
            return i
        item = self.items[k]
        if item[0] == "end":
            return i if i == len(text) else None
        q = item[3]
        if q in ("*", "+"):
            j = i
            while j < len(text) and self.atom_ok(item, text[j]):
                j += 1
            lo = i + 1 if q == "+" else i
            for end in range(j, lo - 1, -1):
                r = self.match_here(k + 1, text, end)
                if r is not None:
                    return r
            return None
        if q == "?":
            if i < len(text) and self.atom_ok(item, text[i]):
                r = self.match_here(k + 1, text, i + 1)
                if r is not None:
                    return r
            return self.match_here(k + 1, text, i)
        if i < len(text) and self.atom_ok(item, text[i]):
            return self.match_here(k + 1, text, i + 1)
        return None
    def search(self, text):
        starts = [0] if self.anchored else range(len(text) + 1)
        for s in starts:
            e = self.match_here(0, text, s)
            if e is not None:
                return (s, e, text[s:e])
        return None
tests = [("ab*c", "xxabbbcyy"), ("^ab*c", "xxabbbc"), ("a.c", "abc adc"), ("colou?r", "my color"), ("colou?r", "colour!"),
         ("[0-9]+", "order 1234 ok"), ("^[A-Z][a-z]*$", "Hello"), ("^[A-Z][a-z]*$", "Hello!"), ("[!aeiou]+", "aeixyzou"),
         ("x*", "yyy"), ("a+b+", "aaabbbccc"), (".*", "everything"), ("end$", "the end"), ("end$", "ending"),
         ("[a-c-]+", "--abcd"), ("^$", ""), ("h.*o", "hello world foo")]
for pat, text in tests:
    print(f"{pat!r:<18}{text!r:<18}{Pattern(pat).search(text)}")
