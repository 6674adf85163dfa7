# uncaught custom exception subclass with a custom __str__
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need = need
        self.have = have
    def __str__(self):
        return f"need {self.need}, have {self.have}"
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1].__name__)
e = InsufficientFunds(5, 1)
print(str(e), repr(e), e.args)
balance = 100
for amount in [30, 50, 40]:
    try:
        if amount > balance:
            raise InsufficientFunds(amount, balance)
        balance -= amount
        print("withdrew", amount, "balance", balance)
    except ValueError:
        print("not handled here")
