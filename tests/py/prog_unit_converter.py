# unit conversion tables with dicts, parsing quantities, and formatting results
FACTORS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}
UNIT_KIND = {u: k for k, table in FACTORS.items() for u in table}
class ConversionError(ValueError):
    pass
def convert(value, src, dst):
    if src in ("C", "F", "K") or dst in ("C", "F", "K"):
        return convert_temp(value, src, dst)
    if src not in UNIT_KIND or dst not in UNIT_KIND:
        raise ConversionError(f"unknown unit {src if src not in UNIT_KIND else dst!r}")
    if UNIT_KIND[src] != UNIT_KIND[dst]:
        raise ConversionError(f"cannot convert {UNIT_KIND[src]} to {UNIT_KIND[dst]}")
    return value * FACTORS[UNIT_KIND[src]][src] / FACTORS[UNIT_KIND[dst]][dst]
def convert_temp(v, src, dst):
    to_c = {"C": lambda x: x, "F": lambda x: (x - 32) * 5 / 9, "K": lambda x: x - 273.15}
    from_c = {"C": lambda x: x, "F": lambda x: x * 9 / 5 + 32, "K": lambda x: x + 273.15}
    if src not in to_c or dst not in from_c:
        raise ConversionError("mixed temperature and other units")
    return from_c[dst](to_c[src](v))
def parse(query):
    amount, src, _, dst = query.split()
    return float(amount), src, dst
queries = ["5 km to mi", "26.2 mi to km", "6 ft to cm", "1 lb to g", "16 oz to lb", "90 min to h", "1 day to s",
           "100 C to F", "-40 F to C", "0 K to C", "98.6 F to K", "3 kg to m", "2 parsec to m", "10 C to kg", "1 mm to in"]
for q in queries:
    try:
        v, s, d = parse(q)
        r = convert(v, s, d)
        print(f"{q:<16} = {r:.6g} {d}   ({r!r})")
    except ConversionError as e:
        print(f"{q:<16} ! {e}")
print(sorted(UNIT_KIND.items())[:5], len(UNIT_KIND))
table = [(m, convert(m, "mi", "km")) for m in (1, 5, 10, 13.1, 26.2)]
for mi, km in table:
    print(f"{mi:>6} mi | {km:>8.3f} km | {'*' * int(km // 5)}")
