# a hand-written JSON parser compared against the json module
import json
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise ParseError("trailing data", self.i)
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError("unexpected end", self.i)
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                raise ParseError("expected key", self.i)
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise ParseError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ParseError("expected ',' or '}'", self.i - 1)
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError("expected ',' or ']'", self.i - 1)
    def string(self):
        self.i += 1
        out = []
        esc = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.s):
                raise ParseError("unterminated string", self.i)
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return "".join(out)
            if c == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    out.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(esc[e])
            else:
                out.append(c)
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise ParseError(f"unexpected character {self.s[start]!r}", start)
        return float(text) if any(c in text for c in ".eE") else int(text)
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}, "e": []}', "[]", '  "just a string"  ',
        "[[[[1]]], {}, {\"k\": {}}]", "123456789012345678901234567890", '{"x": 1,}', "[1, 2", '{"a" 1}', "[1] x", "@", '"abc']
for d in docs:
    try:
        mine = Parser(d).parse()
        print("ok ", repr(mine), mine == json.loads(d))
    except ParseError as e:
        print("err", e, "| json also fails:", end=" ")
        try:
            json.loads(d)
            print(False)
        except ValueError:
            print(True)
    except (IndexError, KeyError) as e:
        print("err", type(e).__name__)
