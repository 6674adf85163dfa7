# bank account simulation with classes, inheritance and custom exceptions
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount
class AccountFrozen(BankError):
    pass
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner}, {self.balance:.2f})"
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(("int", interest))
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(("fee", 5))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50)
t = bank.open(Account, "cy")
ops = [("dep", s.number, 250), ("wd", c.number, 120), ("wd", c.number, 100), ("xfer", s.number, c.number, 300),
       ("dep", t.number, -5), ("freeze", t.number), ("xfer", c.number, t.number, 10), ("wd", s.number, 5000)]
for op in ops:
    try:
        if op[0] == "dep":
            bank.accounts[op[1]].deposit(op[2])
        elif op[0] == "wd":
            bank.accounts[op[1]].withdraw(op[2])
        elif op[0] == "xfer":
            bank.transfer(op[1], op[2], op[3])
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
        print("ok   ", op)
    except InsufficientFunds as e:
        print("funds", op, "->", e)
    except BankError as e:
        print("bank ", op, "->", type(e).__name__, e)
    except ValueError as e:
        print("value", op, "->", e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
for a in bank.accounts.values():
    print(a, a.history)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print(f"total: {sum(a.balance for a in bank.accounts.values()):,.2f}")
