# shopping cart with discounts, tax, coupons and receipt formatting
class CouponError(Exception):
    pass
CATALOG = {"apple": ("Apple", 0.5, "food"), "bread": ("Bread", 2.25, "food"), "tv": ("Television", 499.99, "electronics"),
           "cable": ("HDMI cable", 12.0, "electronics"), "shirt": ("T-shirt", 15.0, "clothing")}
TAX = {"food": 0.0, "electronics": 0.2, "clothing": 0.1}
class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines[sku] = self.lines.get(sku, 0) + qty
    def remove(self, sku, qty=None):
        if qty is None or qty >= self.lines[sku]:
            del self.lines[sku]
        else:
            self.lines[sku] -= qty
    def apply(self, code):
        if code in self.coupons:
            raise CouponError(f"{code} already applied")
        if code not in ("SAVE10", "BULKFOOD", "FREESHIP"):
            raise CouponError(f"unknown coupon {code}")
        self.coupons.append(code)
    def line_items(self):
        for sku, qty in self.lines.items():
            name, price, cat = CATALOG[sku]
            sub = price * qty
            disc = 0.0
            if "BULKFOOD" in self.coupons and cat == "food" and qty >= 10:
                disc = sub * 0.25
            yield sku, name, qty, price, sub, disc, cat
    def totals(self):
        subtotal = discount = tax = 0.0
        for sku, name, qty, price, sub, disc, cat in self.line_items():
            subtotal += sub
            discount += disc
            tax += (sub - disc) * TAX[cat]
        if "SAVE10" in self.coupons:
            discount += (subtotal - discount) * 0.10
        shipping = 0.0 if "FREESHIP" in self.coupons or subtotal > 100 else 4.99
        total = subtotal - discount + tax + shipping
        return {k: round(v, 2) for k, v in [("subtotal", subtotal), ("discount", discount), ("tax", tax), ("shipping", shipping), ("total", total)]}
    def receipt(self):
        lines = [f"{'item':<14}{'qty':>4}{'price':>9}{'amount':>10}"]
        for sku, name, qty, price, sub, disc, cat in self.line_items():
            lines.append(f"{name:<14}{qty:>4}{price:>9.2f}{sub:>10.2f}" + (f"  (-{disc:.2f})" if disc else ""))
        for k, v in self.totals().items():
            lines.append(f"{k:>27}{v:>10.2f}")
        return "\n".join(lines)
cart = Cart()
cart.add("apple", 12)
cart.add("bread")
cart.add("shirt", 2)
print(cart.receipt())
for code in ["BULKFOOD", "SAVE10", "SAVE10", "BOGUS"]:
    try:
        cart.apply(code)
        print("applied", code)
    except CouponError as e:
        print("CouponError:", e)
print(cart.receipt())
cart.add("tv")
cart.add("cable", 2)
cart.remove("apple", 5)
cart.remove("shirt")
for bad in [("phone", 1), ("tv", 0)]:
    try:
        cart.add(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(cart.receipt())
print(cart.totals())
