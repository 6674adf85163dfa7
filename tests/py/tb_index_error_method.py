# uncaught IndexError from inside a method called via a builtin
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
t = Stack()
t.push("a")
print(t.pop(), len(t))
try:
    t.pop()
except IndexError as e:
    print("first underflow handled:", e)
s = Stack()
for i in range(3):
    s.push(i * 10)
print("size", len(s))
results = list(map(lambda _: s.pop(), range(4)))
print(results)
