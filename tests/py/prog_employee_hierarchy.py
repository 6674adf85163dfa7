# employee hierarchy: inheritance, abstract-ish methods, recursion over org chart, reports
class Employee:
    raise_pct = 0.03
    def __init__(self, name, salary, manager=None):
        self.name, self.salary = name, salary
        self.reports = []
        self.manager = manager
        if manager is not None:
            manager.reports.append(self)
    def pay(self):
        return self.salary / 12
    def title(self):
        return type(self).__name__
    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_pct))
    def chain(self):
        return [self.name] + (self.manager.chain() if self.manager else [])
    def headcount(self):
        return 1 + sum(r.headcount() for r in self.reports)
    def payroll(self):
        return self.salary + sum(r.payroll() for r in self.reports)
    def __repr__(self):
        return f"{self.title()}({self.name}, {self.salary})"
class Engineer(Employee):
    raise_pct = 0.05
    def __init__(self, name, salary, manager=None, level=1):
        super().__init__(name, salary, manager)
        self.level = level
    def title(self):
        return ["Junior", "Engineer", "Senior", "Staff"][self.level] + " Engineer" if self.level else "Intern"
class Manager(Employee):
    raise_pct = 0.04
    def pay(self):
        return super().pay() + 100 * len(self.reports)
class Director(Manager):
    def pay(self):
        return super().pay() * 1.1
ceo = Director("Dana", 250000)
m1 = Manager("Max", 150000, ceo)
m2 = Manager("Mia", 140000, ceo)
e = [Engineer("Eve", 120000, m1, 2), Engineer("Eli", 95000, m1, 1), Engineer("Ivy", 40000, m1, 0),
     Engineer("Ola", 135000, m2, 3), Employee("Sam", 60000, m2)]
def show(emp, depth=0):
    print("  " * depth + f"- {emp.name}: {emp.title()} ${emp.salary:,} (monthly {emp.pay():,.2f})")
    for r in sorted(emp.reports, key=lambda r: -r.salary):
        show(r, depth + 1)
show(ceo)
print(ceo.headcount(), f"{ceo.payroll():,}", m1.headcount(), f"{m2.payroll():,}")
print(e[2].chain(), e[4].chain(), ceo.chain())
def everyone(emp):
    yield emp
    for r in emp.reports:
        yield from everyone(r)
for p in everyone(ceo):
    p.give_raise()
print([repr(p) for p in everyone(ceo)])
by_title = {}
for p in everyone(ceo):
    by_title.setdefault(type(p).__name__, []).append(p.name)
print(by_title)
print(max(everyone(ceo), key=lambda p: p.pay()).name, min(everyone(ceo), key=Employee.pay).name)
print(isinstance(ceo, Manager), issubclass(Director, Employee), [c.__name__ for c in Director.__mro__])
