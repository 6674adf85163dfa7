# URL parsing by hand: scheme, user info, host, port, path, query (with decoding), fragment
def unquote(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 0 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 3
        elif s[i] == "+":
            out.append(" ")
            i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)
def parse_url(url):
    res = {"scheme": None, "user": None, "host": None, "port": None, "path": "/", "query": {}, "fragment": None}
    if "://" in url:
        res["scheme"], url = url.split("://", 1)
        res["scheme"] = res["scheme"].lower()
    url, _, res["fragment"] = url.partition("#")
    res["fragment"] = res["fragment"] or None
    url, _, query = url.partition("?")
    slash = url.find("/")
    netloc, path = (url, "") if slash < 0 else (url[:slash], url[slash:])
    res["path"] = path or "/"
    if "@" in netloc:
        res["user"], netloc = netloc.rsplit("@", 1)
    if ":" in netloc:
        host, port = netloc.rsplit(":", 1)
        if not port.isdigit():
            raise ValueError(f"bad port {port!r}")
        res["host"], res["port"] = host.lower(), int(port)
    else:
        res["host"] = netloc.lower() or None
    if res["port"] is None and res["scheme"] in ("http", "https"):
        res["port"] = 80 if res["scheme"] == "http" else 443
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        res["query"].setdefault(unquote(k), []).append(unquote(v))
    return res
urls = ["https://Example.COM/path/to/page?x=1&y=two&x=3#section-2",
        "http://user:pw@host.local:8080/a%20b?q=hello+world&empty=&flag",
        "ftp://files.example.org", "example.com/just/path", "https://h/?%E2%9C%93=ok&pct=100%25",
        "http://bad:port/", "HTTP://Mixed.Case:99#frag"]
for u in urls:
    try:
        p = parse_url(u)
        print(u)
        for k, v in p.items():
            if v not in (None, {}, "/"):
                print(f"   {k:<8} {v!r}")
    except ValueError as e:
        print(u, "->", "ValueError:", e)
print(unquote("caf%C3%A9"), unquote("%41%42%43"), unquote("100%"), unquote("a+b%2Bc"))
