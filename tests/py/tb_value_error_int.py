# uncaught ValueError from int() while parsing a config
def parse_pair(line):
    k, _, v = line.partition("=")
    return k.strip(), v.strip()
print(parse_pair(" a = 1 "), parse_pair("b=") , parse_pair("novalue"))
def parse_int(s, default):
    try:
        return int(s)
    except ValueError:
        return default
print(parse_int("12", 0), parse_int("x", -1), parse_int(" 7 ", 0))
config = "width=10\nheight=20\ndepth=ten\ncolor=red"
settings = {}
for line in config.splitlines():
    key, value = line.split("=")
    settings[key] = int(value)
    print("set", key, settings[key])
