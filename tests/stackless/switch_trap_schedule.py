# Checks: switch_trap(change) returns the old level; while it is non-zero a
# real switch (schedule to another tasklet) raises RuntimeError("switch_trap").
import stackless
def f():
    print("f runs")
stackless.tasklet(f)()
print(stackless.switch_trap(1))
try:
    stackless.schedule()
except RuntimeError as e:
    print("RuntimeError:", e)
print(stackless.switch_trap(-1))
print(stackless.switch_trap(0))
stackless.schedule()
print("after schedule")
