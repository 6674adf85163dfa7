# rate limiting with a token bucket and a sliding window, driven by a simulated clock
class FakeClock:
    def __init__(self):
        self.t = 0.0
    def advance(self, dt):
        self.t = round(self.t + dt, 6)
    def now(self):
        return self.t
class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.last = clock.now()
    def allow(self, cost=1):
        now = self.clock.now()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False
class SlidingWindow:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.hits = []
    def allow(self):
        now = self.clock.now()
        self.hits = [t for t in self.hits if t > now - self.window]
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False
clock = FakeClock()
tb = TokenBucket(rate=2.0, capacity=5, clock=clock)
sw = SlidingWindow(limit=4, window=1.0, clock=clock)
pattern = [0.0, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.3, 0.3, 0.3, 1.5, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 2.0]
tb_res, sw_res = [], []
for dt in pattern:
    clock.advance(dt)
    a, b = tb.allow(), sw.allow()
    tb_res.append(a)
    sw_res.append(b)
    print(f"t={clock.now():5.2f} bucket={'ok  ' if a else 'DENY'} tokens={tb.tokens:5.2f} window={'ok' if b else 'DENY'} hits={len(sw.hits)}")
print("bucket allowed:", sum(tb_res), "window allowed:", sum(sw_res), "of", len(pattern))
big = TokenBucket(1, 10, clock)
print([big.allow(c) for c in (4, 4, 4, 2)], round(big.tokens, 2))
clock.advance(3)
print(big.allow(5), round(big.tokens, 2))
