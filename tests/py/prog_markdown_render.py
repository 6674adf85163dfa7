# a minimal markdown-to-text renderer: headings, lists, emphasis, code spans, links, paragraphs
DOC = """# Weft Notes

Weft is a *small* interpreter with **big** goals.
It runs `generators` and [tasklets](https://example.org/t).

## Features
- integers of any size
- floats with *exact* repr
- lists, dicts and `sets`

1. parse
2. compile
3. run

> quoted text stays quoted

Final paragraph
spanning two lines."""
def inline(text):
    out, i = [], 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append(text[i + 2:j].upper())
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out.append("_" + text[i + 1:j] + "_")
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out.append("'" + text[i + 1:j] + "'")
            i = j + 1
        elif text[i] == "[":
            j = text.index("]", i)
            k = text.index(")", j)
            out.append(f"{text[i + 1:j]} <{text[j + 2:k]}>")
            i = k + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
def render(doc):
    lines, para = [], []
    def flush():
        if para:
            lines.append(inline(" ".join(para)))
            lines.append("")
            para.clear()
    for raw in doc.splitlines():
        line = raw.rstrip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            title = inline(line[level:].strip())
            lines.append(title.upper() if level == 1 else title)
            lines.append(("=" if level == 1 else "-") * len(title))
        elif line.startswith("- "):
            flush()
            lines.append("  * " + inline(line[2:]))
        elif line[0].isdigit() and ". " in line:
            flush()
            num, rest = line.split(". ", 1)
            lines.append(f"  {num}) " + inline(rest))
        elif line.startswith("> "):
            flush()
            lines.append("  | " + inline(line[2:]))
        else:
            para.append(line)
    flush()
    return "\n".join(lines).rstrip()
out = render(DOC)
print(out)
print("---")
print(len(out.splitlines()), "lines,", sum(1 for l in out.splitlines() if l.startswith("  ")), "indented")
