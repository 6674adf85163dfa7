# sys.argv handling: arguments supplied by the test runner
import sys
args = sys.argv[1:]
print("script:", sys.argv[0].replace("\\", "/").split("/")[-1])
print("argc:", len(args))
for i, a in enumerate(args):
    print(i, repr(a))
flags = [a for a in args if a.startswith("--")]
positional = [a for a in args if not a.startswith("--")]
print("flags:", flags)
print("positional:", positional)
opts = {}
for f in flags:
    key, _, val = f[2:].partition("=")
    opts[key] = val or True
print("options:", opts)
nums = []
for p in positional:
    try:
        nums.append(int(p))
    except ValueError:
        print("not a number:", p)
print("sum of numbers:", sum(nums))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
