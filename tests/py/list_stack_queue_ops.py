# lists used as stacks and queues: balanced brackets, reverse polish, BFS order, rotations
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c]", "}{"]:
    print(repr(s), balanced(s))
stack = []
for tok in "5 1 2 + 4 * + 3 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    print(tok, stack)
queue = ["a", "b", "c"]
queue.append("d")
first = queue.pop(0)
queue.insert(0, "z")
print(first, queue)
items = list(range(1, 8))
k = 3
print(items[k:] + items[:k], items[-k:] + items[:-k])
rot = items[:]
for _ in range(k):
    rot.append(rot.pop(0))
print(rot)
history = []
for page in ["home", "about", "blog", "post1", "post2"]:
    history.append(page)
back = [history.pop() for _ in range(2)]
print(history, back, history[-1])
undo = [[1, 2], [1, 2, 3], [1]]
while undo:
    print("state", undo.pop())
nested = [1, [2, [3, [4, [5]]]]]
flat, work = [], [nested]
while work:
    cur = work.pop()
    if isinstance(cur, list):
        work.extend(reversed(cur))
    else:
        flat.append(cur)
print(flat)
