# text adventure state machine driven by a scripted command list
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True, "dark": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False
    def look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see {items}. Exits: {exits}."
    def go(self, direction):
        r = ROOMS[self.room]
        if direction not in r["exits"]:
            return "You can't go that way."
        target = r["exits"][direction]
        if ROOMS[target].get("locked"):
            if "key" in self.inventory:
                ROOMS[target]["locked"] = False
                self.room = target
                return "You unlock the door with the key. " + self.look()
            return "The door is locked."
        self.room = target
        return self.look()
    def take(self, item):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure! You win."
        return f"Taken: {item}."
    def drop(self, item):
        if item not in self.inventory:
            return "You don't have that."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."
    def handle(self, line):
        self.moves += 1
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        handlers = {"look": lambda: self.look(), "go": lambda: self.go(arg), "take": lambda: self.take(arg),
                    "drop": lambda: self.drop(arg), "inv": lambda: "Carrying: " + (", ".join(self.inventory) or "nothing")}
        if verb in ("n", "s", "e", "w"):
            return self.go({"n": "north", "s": "south", "e": "east", "w": "west"}[verb])
        if verb not in handlers:
            return f"I don't understand {verb!r}."
        return handlers[verb]()
script = ["look", "take lamp", "e", "go down", "w", "n", "take key", "take sword", "inv", "s", "drop book",
          "e", "go down", "dance", "", "take treasure", "look"]
g = Game()
for cmd in script:
    if g.over:
        print("(game over, ignoring", repr(cmd) + ")")
        continue
    print(f"> {cmd}")
    print("  " + g.handle(cmd))
print("moves:", g.moves, "inventory:", g.inventory, "room:", g.room)
