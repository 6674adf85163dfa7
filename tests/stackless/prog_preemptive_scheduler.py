# Realistic: preemptive time slicing with the watchdog. Three CPU-bound tasks
# never call schedule(); the driver loop re-inserts every interrupted tasklet
# until all are done. Results are printed sorted (finishing order depends on
# instruction counts).
import stackless
results = []
def cpu(name, n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    results.append((name, acc))
for name, n in (("alpha", 2000), ("beta", 500), ("gamma", 1000)):
    stackless.tasklet(cpu)(name, n)
slices = 0
while stackless.getruncount() > 1:
    victim = stackless.run(150)
    if victim is not None:
        slices += 1
        victim.insert()
print("preempted at least 3 times:", slices >= 3)
for name, acc in sorted(results):
    print(name, acc)
