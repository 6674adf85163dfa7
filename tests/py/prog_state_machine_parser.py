# finite state machines: number literal validator, tokenizer for a config language, traffic light
def classify_number(s):
    state = "start"
    trans = {
        ("start", "sign"): "signed", ("start", "digit"): "int", ("start", "dot"): "dot_only",
        ("signed", "digit"): "int", ("signed", "dot"): "dot_only",
        ("int", "digit"): "int", ("int", "dot"): "frac", ("int", "e"): "exp_start",
        ("dot_only", "digit"): "frac", ("frac", "digit"): "frac", ("frac", "e"): "exp_start",
        ("exp_start", "sign"): "exp_sign", ("exp_start", "digit"): "exp", ("exp_sign", "digit"): "exp", ("exp", "digit"): "exp",
    }
    for ch in s:
        kind = "digit" if ch.isdigit() else "sign" if ch in "+-" else "dot" if ch == "." else "e" if ch in "eE" else "other"
        state = trans.get((state, kind), "error")
        if state == "error":
            return "invalid"
    return {"int": "integer", "frac": "float", "exp": "float"}.get(state, "invalid")
for s in ["42", "-7", "3.14", ".5", "5.", "1e10", "2.5E-3", "+", "", "1e", "--1", "1.2.3", "e5", "0x1F", "-.5e+2"]:
    print(f"{s!r:10} {classify_number(s)}")
CONFIG = """
# server config
name = "web-01"
port = 8080
debug = true
ratio = 0.75
tags = [ "a", "b" ]
"""
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isspace():
            i += 1
        elif ch == '"':
            j = src.index('"', i + 1)
            toks.append(("STR", src[i + 1:j]))
            i = j + 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "_-"):
                j += 1
            word = src[i:j]
            toks.append(("BOOL", word == "true") if word in ("true", "false") else ("IDENT", word))
            i = j
        elif ch in "=[],":
            toks.append((ch, ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r}")
    return toks
toks = tokenize(CONFIG)
print(toks)
cfg, i = {}, 0
while i < len(toks):
    key = toks[i][1]
    assert toks[i + 1][0] == "="
    if toks[i + 2][0] == "[":
        j = i + 3
        vals = []
        while toks[j][0] != "]":
            if toks[j][0] != ",":
                vals.append(toks[j][1])
            j += 1
        cfg[key] = vals
        i = j + 1
    else:
        cfg[key] = toks[i + 2][1]
        i += 3
print(cfg)
light = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
state, t, timeline = "red", 0, []
while t < 20:
    nxt, dur = light[state]
    timeline.append(f"{t}:{state}")
    t += dur
    state = nxt
print(" ".join(timeline))
