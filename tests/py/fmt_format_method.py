# str.format with positional, keyword, index, attribute access
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"))
print("{:08.3f} {:+.2e} {:,} {:_} {:x} {:X} {:#x} {:o} {:b}".format(3.14159, 12345.678, 1234567, 1234567, 255, 255, 255, 8, 5))
print("{0!r} {0!s} {1!r}".format("s", 1.0))
print("{{}} {{{}}}".format(7))
print("{:%}".format(0.256), "{:.1%}".format(0.5), "{:.0%}".format(1))
print("{:10.4}|{:.2}|{:.3}".format(3.14159, "abcdef", 12.0))
print("{:c}".format(65), "{:d}".format(True), "{:5}|".format(True))
print("{:n}".format(1234), "{:g}".format(0.00001), "{:g}".format(1e16), "{:G}".format(1e-10))
args = ("a", "b")
kw = {"z": 26}
print("{} {} {z}".format(*args, **kw))
print("{:{}}|{:>{w}}".format("ab", 5, "cd", w=4))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
print(format(3.5, ".2f"), format("x", ">3"), format(10, "b"), format(1e6), format(12))
print("{:=+8}|{:=8}|{:0=8}".format(42, -42, -42))
