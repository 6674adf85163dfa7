# singly linked list class with dunders: iteration, indexing, reversal, equality
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.nxt:
                cur = cur.nxt
            cur.nxt = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.nxt
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.nxt = cur.nxt
                else:
                    self.head = cur.nxt
                self.size -= 1
                return
            prev, cur = cur, cur.nxt
        raise ValueError(f"{v!r} not in list")
    def middle(self):
        slow = fast = self.head
        while fast and fast.nxt:
            slow, fast = slow.nxt, fast.nxt.nxt
        return slow.val if slow else None
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll, ll.middle())
ll.reverse()
print(ll, list(ll), sorted(ll), sum(ll))
ll.remove(1)
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(ll == LinkedList([1, 4, 3, 9]), ll == LinkedList([1]), ll + LinkedList("ab"))
empty = LinkedList()
print(empty, len(empty), list(empty), empty.middle(), bool(empty))
print([x * 2 for x in ll], dict(enumerate(ll)), max(ll), list(zip(ll, "wxyz")))
