# a lexer for a small programming language with line/column tracking and error reporting
KEYWORDS = {"let", "fn", "if", "else", "return", "while"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]
class LexError(Exception):
    pass
def lex(src):
    toks, i, line, col = [], 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch in " \t":
            i, col = i + 1, col + 1
            continue
        if src.startswith("//", i):
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "_"):
                j += 1
            toks.append(("INT", int(src[i:j].replace("_", "")), line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("KW" if word in KEYWORDS else "IDENT", word, line, start_col))
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                if src[j] == "\n":
                    raise LexError(f"unterminated string at {line}:{start_col}")
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            toks.append(("STR", src[i + 1:j], line, start_col))
            j += 1
        else:
            op = next((o for o in OPERATORS if src.startswith(o, i)), None)
            if op is None:
                raise LexError(f"unexpected {ch!r} at {line}:{col}")
            toks.append(("OP", op, line, start_col))
            j = i + len(op)
        col += j - i
        i = j
    return toks
PROGRAM = '''fn add(a, b) -> int {
    return a + b; // sum
}
let total = add(1_000, 20);
if total >= 1020 { print("big"); } else { print("small"); }
while total != 0 { total = total - 1; }'''
toks = lex(PROGRAM)
for kind, val, ln, cl in toks[:12]:
    print(f"{ln}:{cl:<3} {kind:<6} {val!r}")
print(len(toks), "tokens")
counts = {}
for t in toks:
    counts[t[0]] = counts.get(t[0], 0) + 1
print(counts)
print([v for k, v, *_ in toks if k == "IDENT"])
for bad in ['let x = "oops', "let y = 3 $ 4;", 'let s = "a\nb";', "ok();"]:
    try:
        print(len(lex(bad)), "tokens in", repr(bad))
    except LexError as e:
        print("LexError:", e)
