# elevator simulation: discrete time steps, requests, direction logic
class Elevator:
    def __init__(self, name, floors, start=0):
        self.name, self.floors, self.floor = name, floors, start
        self.direction = 0
        self.stops = set()
        self.log = []
        self.moved = 0
    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"{self.name}: no floor {floor}")
        self.stops.add(floor)
    def cost(self, floor):
        d = abs(self.floor - floor)
        if self.direction and (floor - self.floor) * self.direction < 0:
            d += 2 * self.floors
        return d + len(self.stops)
    def step(self, t):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append((t, self.floor))
            return f"{self.name} doors open at {self.floor}"
        if not self.stops:
            self.direction = 0
            return None
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1
        return None
class Controller:
    def __init__(self, elevators):
        self.elevators = elevators
    def call(self, floor):
        best = min(self.elevators, key=lambda e: (e.cost(floor), e.name))
        best.request(floor)
        return best.name
ctrl = Controller([Elevator("A", 10, 0), Elevator("B", 10, 9)])
schedule = {0: [3, 8], 2: [1], 4: [9, 5], 7: [0], 9: [6], 12: [2, 7], 15: [11]}
for t in range(30):
    for floor in schedule.get(t, []):
        try:
            print(f"t={t:2d} call {floor} -> {ctrl.call(floor)}")
        except ValueError as e:
            print(f"t={t:2d} error: {e}")
    for e in ctrl.elevators:
        msg = e.step(t)
        if msg:
            print(f"t={t:2d} {msg}")
    if t % 5 == 4:
        print(f"t={t:2d} status " + ", ".join(f"{e.name}@{e.floor}{'+-'[e.direction < 0] if e.direction else '='}" for e in ctrl.elevators))
for e in ctrl.elevators:
    print(e.name, "moved", e.moved, "served", e.log, "pending", sorted(e.stops))
