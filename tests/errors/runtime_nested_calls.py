def inner(n):
    return 10 // n

def outer(values):
    total = 0
    for v in values:
        total += inner(v)
    return total

print("before")
print(outer([1, 2, 0]))
