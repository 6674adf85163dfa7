# input(): read a fixed number of lines, parse numbers, prompt goes to stdout
n = int(input())
print("count:", n)
total = 0
values = []
for i in range(n):
    v = int(input())
    values.append(v)
    total += v
print("values:", values)
print("total:", total, "avg:", total / n)
name = input("Your name? ")
print()
print(f"Hello, {name.strip()}!")
line = input()
words = line.split()
print("words:", words, len(words))
a, b = map(float, input().split(","))
print("a+b =", a + b, "a*b =", a * b)
print("max:", max(values), "min:", min(values))
