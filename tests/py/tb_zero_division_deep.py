# uncaught ZeroDivisionError deep inside nested calls
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, vals in groups:
        print(f"{name}: {average(vals):.2f}")
def main():
    groups = [("a", [1, 2, 3]), ("b", [10, 20]), ("empty", []), ("never", [1])]
    print("starting report")
    report(groups)
    print("not reached")
print(average([2, 4]), average([1.5]))
try:
    average([])
except ZeroDivisionError as e:
    print("handled:", e)
main()
