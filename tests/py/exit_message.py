# sys.exit("message"): message goes to stderr, status 1
import sys
def validate(v):
    return v == "ok"
print([validate(x) for x in ["ok", "bad"]])
print("validating input")
errors = [e for e in ["ok", "bad", "ok"] if e != "ok"]
print("found", len(errors), "errors")
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
if errors:
    sys.exit("fatal: invalid input")
print("unreachable")
