import sys
print("exiting")
raise SystemExit(2**70)
