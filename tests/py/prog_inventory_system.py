# inventory system: classes, inheritance, properties, exceptions, reports
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    pass
class UnknownItem(InventoryError, KeyError):
    pass
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError(f"negative price for {self.sku}")
        self._price = v
    @property
    def value(self):
        return self.price * self.qty
    def label(self):
        return f"{self.name} (${self.price:.2f})"
    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, qty={self.qty})"
class Perishable(Item):
    def __init__(self, sku, name, price, qty=0, days=7):
        super().__init__(sku, name, price, qty)
        self.days = days
    def label(self):
        return super().label() + f" [expires in {self.days}d]"
    def age(self, n):
        self.days -= n
        if self.days <= 0:
            lost = self.qty
            self.qty = 0
            return lost
        return 0
class Digital(Item):
    @property
    def value(self):
        return 0.0
    def label(self):
        return super().label() + " [digital]"
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None
    def sell(self, sku, n):
        it = self.get(sku)
        if not isinstance(it, Digital) and it.qty < n:
            raise OutOfStock(f"{it.name}: want {n}, have {it.qty}")
        if not isinstance(it, Digital):
            it.qty -= n
        self.log.append((sku, n, it.price * n))
        return it.price * n
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            print(f"  {it.sku:<6}{it.label():<40}{it.qty:>5}{it.value:>10.2f}")
        print(f"  total value: {sum(i.value for i in self.items.values()):.2f}")
inv = Inventory()
for it in [Item("A1", "Hammer", 12.5, 10), Perishable("P1", "Milk", 1.99, 30, days=3),
           Digital("D1", "E-book", 9.99), Item("A2", "Nails (100)", 3.25, 200), Perishable("P2", "Cheese", 7.5, 5, days=20)]:
    inv.add(it)
try:
    inv.add(Item("A1", "Dup", 1))
except InventoryError as e:
    print("InventoryError:", e)
inv.report()
for sku, n in [("A1", 3), ("D1", 100), ("P1", 31), ("ZZ", 1), ("A2", 150), ("P2", 5)]:
    try:
        print(f"sold {n} x {sku}: {inv.sell(sku, n):.2f}")
    except OutOfStock as e:
        print("OutOfStock:", e)
    except UnknownItem as e:
        print("UnknownItem:", e, isinstance(e, KeyError))
try:
    inv.get("A1").price = -1
except ValueError as e:
    print("ValueError:", e)
spoiled = {it.sku: it.age(5) for it in inv.items.values() if isinstance(it, Perishable)}
print("spoiled:", spoiled)
inv.report()
print("revenue:", round(sum(x[2] for x in inv.log), 2), inv.log)
