# uncaught KeyError from a dict lookup
inventory = {"apple": 3, "pear": 0}
orders = ["apple", "pear", "banana"]
print(inventory.get("banana"), inventory.get("banana", 0), "banana" in inventory)
try:
    inventory["kiwi"]
except KeyError as e:
    print("handled missing", e)
restock = {"apple": 2}
for k, v in restock.items():
    inventory[k] += v
print(inventory)
total = sum(inventory.values())
print("total items", total)
for item in orders:
    print(item, "->", inventory[item])
