# vending machine state machine with coins, change making and error states
class VendError(Exception):
    pass
class Machine:
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock, float_coins):
        self.stock = stock
        self.coins = dict(float_coins)
        self.inserted = []
        self.state = "idle"
        self.sales = 0
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendError(f"rejected coin {coin}")
        self.inserted.append(coin)
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.state = "paying"
        return self.credit()
    def credit(self):
        return sum(self.inserted)
    def make_change(self, amount):
        change = []
        avail = dict(self.coins)
        for c in self.COINS:
            while amount >= c and avail.get(c, 0) > 0:
                amount -= c
                avail[c] -= 1
                change.append(c)
        if amount:
            raise VendError("cannot make exact change")
        self.coins = avail
        return change
    def select(self, code):
        if code not in self.stock:
            raise VendError(f"unknown selection {code}")
        name, price, qty = self.stock[code]
        if qty == 0:
            raise VendError(f"{name} sold out")
        if self.credit() < price:
            raise VendError(f"insert {price - self.credit()} more for {name}")
        change = self.make_change(self.credit() - price)
        self.stock[code] = (name, price, qty - 1)
        self.inserted = []
        self.state = "idle"
        self.sales += price
        return name, change
    def cancel(self):
        refund = self.make_change(self.credit())
        self.inserted = []
        self.state = "idle"
        return refund
m = Machine({"A1": ("cola", 120, 2), "A2": ("chips", 85, 1), "B1": ("candy", 65, 0)}, {5: 2, 10: 3, 20: 2, 50: 1})
actions = [("insert", 100), ("select", "A1"), ("insert", 50), ("select", "A1"), ("insert", 3),
           ("insert", 200), ("select", "B1"), ("select", "A2"), ("insert", 100), ("insert", 20), ("select", "A1"),
           ("insert", 200), ("select", "A1"), ("cancel", None), ("select", "Z9"), ("insert", 50), ("cancel", None)]
for act, arg in actions:
    try:
        if act == "insert":
            r = m.insert(arg)
            print(f"insert {arg:>3}: credit {r}")
        elif act == "select":
            name, change = m.select(arg)
            print(f"select {arg}: got {name}, change {change} (sum {sum(change)})")
        else:
            print(f"cancel: refund {m.cancel()}")
    except VendError as e:
        print(f"{act} {arg}: ERROR {e} [state={m.state}, credit={m.credit()}]")
print("sales:", m.sales, "stock:", m.stock)
print("coins:", dict(sorted(m.coins.items())))
