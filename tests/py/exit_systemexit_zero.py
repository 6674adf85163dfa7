# raise SystemExit(0): clean exit with status 0, skipping the rest
import sys
try:
    raise SystemExit(7)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
print("line one")
def stop():
    print("stopping")
    raise SystemExit(0)
try:
    stop()
except Exception:
    print("SystemExit is not an Exception")
print("unreachable")
