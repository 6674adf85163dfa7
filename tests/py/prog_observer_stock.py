# observer pattern: stock ticker with subscribers, thresholds and moving averages
class Ticker:
    def __init__(self, symbol):
        self.symbol = symbol
        self.observers = []
        self.price = None
    def subscribe(self, obs):
        self.observers.append(obs)
        return lambda: self.observers.remove(obs)
    def update(self, price):
        old, self.price = self.price, price
        for obs in list(self.observers):
            obs.notify(self.symbol, old, price)
class Logger:
    def __init__(self):
        self.lines = []
    def notify(self, sym, old, new):
        change = "" if old is None else f" ({(new - old) / old * 100:+.2f}%)"
        self.lines.append(f"{sym} {new:.2f}{change}")
class Threshold:
    def __init__(self, low, high):
        self.low, self.high, self.alerts = low, high, []
    def notify(self, sym, old, new):
        if new < self.low:
            self.alerts.append(f"{sym} below {self.low}: {new}")
        elif new > self.high:
            self.alerts.append(f"{sym} above {self.high}: {new}")
class MovingAverage:
    def __init__(self, n):
        self.n, self.window, self.history = n, [], []
    def notify(self, sym, old, new):
        self.window.append(new)
        if len(self.window) > self.n:
            self.window.pop(0)
        self.history.append(round(sum(self.window) / len(self.window), 4))
class OneShot:
    def __init__(self, ticker):
        self.fired = 0
        self.unsub = ticker.subscribe(self)
    def notify(self, sym, old, new):
        self.fired += 1
        self.unsub()
t = Ticker("ACME")
log, th, ma = Logger(), Threshold(95, 110), MovingAverage(3)
t.subscribe(log)
unsub_th = t.subscribe(th)
t.subscribe(ma)
once = OneShot(t)
prices = [100.0, 102.5, 99.0, 94.5, 97.25, 111.0, 108.0, 112.5, 90.0]
for i, p in enumerate(prices):
    if i == 7:
        unsub_th()
    t.update(p)
print("\n".join(log.lines))
print(th.alerts)
print(ma.history)
print(once.fired, len(t.observers), [type(o).__name__ for o in t.observers])
