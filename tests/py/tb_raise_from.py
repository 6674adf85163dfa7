# uncaught custom exception raised from another (explicit chaining)
class ParseError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}") from e
def parse_all(items):
    ports = []
    for t in items:
        try:
            ports.append(parse_port(t))
        except ParseError as e:
            print("skipping:", e, "| cause:", repr(e.__cause__))
    return ports
print(parse_all(["1", "x", "22"]))
for t in ["80", "8080", "http"]:
    print("port", parse_port(t))
