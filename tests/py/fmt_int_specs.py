# integer format specifications
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2**40, 10**20]
for n in nums:
    print(f"{n:d}|{n:>12}|{n:<12}|{n:^12}|{n:+}|{n: }|{n:,}|{n:_}|{n:012}|{n:=+12}|")
for n in [0, 10, 255, 4096, -255, 2**33]:
    print(f"{n:x}|{n:X}|{n:#x}|{n:#X}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:_x}|{n:_b}|{n:#010x}|{n:>#8o}|")
print(f"{65:c}{0x263A:c}")
print(format(1000000, ","), format(1000000, "_"), format(-1000, ",d"), format(1234, "08,"))
print(f"{12345:,.2f}", f"{123:e}", f"{5:%}", f"{7:.2f}", f"{7:g}")
print(f"{True:d} {True:>5} {False:#x}")
print("{:*<10,}|{:0>10}|{:->+10}".format(12345, 42, 42))
try:
    f"{12:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(12, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(12, ",x")
except ValueError as e:
    print("ValueError:", e)
print(format(255, "#_b"), format(-0, "+"), format(10**25, ","))
