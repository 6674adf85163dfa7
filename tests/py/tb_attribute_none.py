# uncaught AttributeError on None
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
    def __repr__(self):
        return f"Node({self.val})"
head = Node(1, Node(2, Node(3)))
def find(head, val):
    while head is not None:
        if head.val == val:
            return head
        head = head.nxt
    return None
print(find(head, 2), find(head, 9))
n = head
for i in range(5):
    print("visit", n.val)
    n = n.nxt
