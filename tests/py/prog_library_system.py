# library lending system: members, books, loans, fines, and reports
class LibraryError(Exception):
    pass
class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.out = 0
    @property
    def available(self):
        return self.copies - self.out
    def __repr__(self):
        return f"<{self.title} by {self.author} {self.available}/{self.copies}>"
class Member:
    LIMIT = 2
    def __init__(self, mid, name):
        self.mid, self.name = mid, name
        self.loans = {}
        self.fines = 0
    def __repr__(self):
        return f"Member({self.name}, loans={sorted(self.loans)}, fines={self.fines})"
class Premium(Member):
    LIMIT = 4
class Library:
    DAILY_FINE = 25
    LOAN_DAYS = 14
    def __init__(self):
        self.books, self.members, self.day, self.events = {}, {}, 0, []
    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b
    def join(self, cls, mid, name):
        self.members[mid] = cls(mid, name)
    def lend(self, mid, isbn):
        m, b = self.members[mid], self.books.get(isbn)
        if b is None:
            raise LibraryError(f"no book {isbn}")
        if m.fines > 100:
            raise LibraryError(f"{m.name} owes {m.fines}")
        if len(m.loans) >= m.LIMIT:
            raise LibraryError(f"{m.name} at limit {m.LIMIT}")
        if isbn in m.loans:
            raise LibraryError(f"{m.name} already has {b.title}")
        if b.available == 0:
            raise LibraryError(f"{b.title} unavailable")
        b.out += 1
        m.loans[isbn] = self.day + self.LOAN_DAYS
        self.events.append((self.day, "lend", mid, isbn))
    def give_back(self, mid, isbn):
        m = self.members[mid]
        due = m.loans.pop(isbn)
        self.books[isbn].out -= 1
        late = max(0, self.day - due)
        m.fines += late * self.DAILY_FINE
        self.events.append((self.day, "return", mid, isbn))
        return late
    def advance(self, days):
        self.day += days
lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
lib.join(Member, 1, "ann")
lib.join(Premium, 2, "bob")
script = [("lend", 1, "111"), ("lend", 2, "111"), ("lend", 1, "111"), ("lend", 2, "111"), ("lend", 1, "222"),
          ("lend", 1, "333"), ("advance", 10), ("return", 2, "111"), ("advance", 10), ("return", 1, "111"),
          ("lend", 2, "999"), ("advance", 3), ("return", 1, "222"), ("lend", 1, "333"), ("lend", 2, "333")]
for op, *args in script:
    try:
        if op == "lend":
            lib.lend(*args)
            print(f"day {lib.day:2d}: lent {args[1]} to {lib.members[args[0]].name}")
        elif op == "return":
            late = lib.give_back(*args)
            print(f"day {lib.day:2d}: {lib.members[args[0]].name} returned {args[1]}, {late} days late")
        else:
            lib.advance(*args)
    except LibraryError as e:
        print(f"day {lib.day:2d}: refused: {e}")
print(list(lib.books.values()))
print(list(lib.members.values()))
print(sum(1 for e in lib.events if e[1] == "lend"), [e for e in lib.events if e[2] == 2])
