# name mangling of __private attributes, class-level data, class counters
class Account:
    __next_id = 1
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self.id = Account.__next_id
        Account.__next_id += 1
    def deposit(self, amt):
        self.__balance += amt
        return self.__balance
    def _helper(self):
        return "protected"
    def balance(self):
        return self.__balance
a = Account("ann")
b = Account("bob")
print(a.id, b.id, a.deposit(50), a.deposit(25), b.balance())
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._helper(), sorted(vars(a)))
print([k for k in vars(Account) if not k.startswith("__")])
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "AttributeError: " + str(e)
s = Sub("cy")
s.deposit(5)
print(s.peek(), s.balance(), s.id)
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
r1, r2 = Registry(), Registry()
r1.add(1)
r2.add(2)
print(Registry.items, r1.items is r2.items)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
c1 = Counter()
c2 = Counter()
print(Counter.total, c1.total, c2.total)
