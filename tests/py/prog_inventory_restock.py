# seeded supply-chain simulation: daily demand, reorder points, lead times, stockouts and costs
import random
random.seed(11)
class Product:
    def __init__(self, name, stock, reorder_at, order_qty, lead, cost):
        self.name, self.stock, self.reorder_at, self.order_qty, self.lead, self.cost = name, stock, reorder_at, order_qty, lead, cost
        self.pipeline = []
        self.stockouts = 0
        self.sold = 0
        self.orders = 0
    def day(self, d, demand):
        arrived = [q for due, q in self.pipeline if due == d]
        self.pipeline = [(due, q) for due, q in self.pipeline if due != d]
        self.stock += sum(arrived)
        sell = min(demand, self.stock)
        self.stock -= sell
        self.sold += sell
        if sell < demand:
            self.stockouts += 1
        on_order = sum(q for _, q in self.pipeline)
        if self.stock + on_order <= self.reorder_at:
            self.pipeline.append((d + self.lead, self.order_qty))
            self.orders += 1
        return arrived, sell
products = [Product("bolts", 50, 20, 60, 3, 0.1), Product("nuts", 30, 15, 40, 5, 0.05), Product("gears", 10, 4, 12, 7, 2.5)]
demand_range = {"bolts": (5, 15), "nuts": (2, 9), "gears": (0, 3)}
for d in range(1, 31):
    line = []
    for p in products:
        lo, hi = demand_range[p.name]
        arrived, sold = p.day(d, random.randint(lo, hi))
        line.append(f"{p.name[0]}:{p.stock:3d}{'+' if arrived else ' '}")
    if d % 3 == 0:
        print(f"day {d:2d} " + " ".join(line))
for p in products:
    holding = p.stock * p.cost
    print(f"{p.name:<6} sold={p.sold:4d} stockout days={p.stockouts:2d} orders={p.orders} end stock={p.stock} pipeline={p.pipeline} holding={holding:.2f}")
print("fill rate:", {p.name: round(1 - p.stockouts / 30, 3) for p in products})
