# calendar computations: leap years, day of week (Zeller), month grids, date differences
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days
def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(d[:2] for d in DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100, 2400] if is_leap(y)])
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31), (2038, 1, 19), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)])
print(month_grid(2024, 2))
print(month_grid(2023, 10))
a, b = (1969, 7, 20), (2024, 3, 15)
print("days between:", ordinal(*b) - ordinal(*a))
def add_days(y, m, d, n):
    while n > 0:
        left = days_in_month(y, m) - d
        if n <= left:
            return y, m, d + n
        n -= left + 1
        d = 1
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return y, m, d
print(add_days(2024, 1, 30, 1), add_days(2024, 2, 28, 1), add_days(2023, 12, 31, 1), add_days(2024, 1, 1, 365))
fri13 = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fri13)
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
