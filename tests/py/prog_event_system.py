# event bus with subscribers, priorities, one-shot handlers, and error isolation
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
        self.errors = []
    def on(self, event, priority=0, once=False):
        def deco(fn):
            self.seq += 1
            self.handlers.setdefault(event, []).append((-priority, self.seq, fn, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return deco
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, *args, **kw):
        results = []
        for h in list(self.handlers.get(event, [])):
            _, _, fn, once = h
            if once:
                self.handlers[event].remove(h)
            try:
                r = fn(*args, **kw)
            except Exception as e:
                self.errors.append((event, fn.__name__, repr(e)))
                continue
            if r == "stop":
                results.append(f"{fn.__name__}:stop")
                break
            results.append(f"{fn.__name__}:{r}")
        for h in self.handlers.get("*", []):
            h[2](event, *args)
        return results
bus = EventBus()
audit = []
@bus.on("*")
def wildcard(event, *args):
    audit.append(event)
@bus.on("login")
def greet(user):
    return f"hello {user}"
@bus.on("login", priority=10)
def security(user):
    if user == "mallory":
        return "stop"
    return "checked"
@bus.on("login", once=True)
def first_login(user):
    return f"welcome aboard {user}"
@bus.on("order", priority=5)
def validate(item, qty=1):
    if qty <= 0:
        raise ValueError(f"bad qty {qty}")
    return f"{qty}x{item}"
@bus.on("order")
def ship(item, qty=1):
    return f"shipping {item}"
print(bus.emit("login", "alice"))
print(bus.emit("login", "bob"))
print(bus.emit("login", "mallory"))
print(bus.emit("order", "book", qty=2))
print(bus.emit("order", "pen", qty=0))
print(bus.emit("unknown"))
print(bus.off("login", greet), bus.off("login", greet))
print(bus.emit("login", "carol"))
print(bus.errors)
print(audit)
print({k: [h[2].__name__ for h in v] for k, v in bus.handlers.items()})
