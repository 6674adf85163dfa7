# sys.exit(3): exit status 3, finally blocks still run
import sys
def helper(n):
    return [i * i for i in range(n)]
print(helper(4))
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit code", e.code, type(e).__name__)
def main():
    print("doing work")
    for i in range(3):
        print("step", i)
    try:
        sys.exit(3)
    finally:
        print("finally before exit")
    print("unreachable")
main()
print("unreachable too")
