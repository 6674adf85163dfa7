# non-ASCII identifiers and string data
café = "coffee"
naïve = 3
π = 3.14159
Δx = 0.5
def größe(länge, breite):
    return länge * breite
class Ünit:
    def __init__(self, wert):
        self.wert = wert
    def __repr__(self):
        return f"Ünit({self.wert})"
print(café, naïve, π, Δx, größe(3, 4), Ünit(5), Ünit.__name__)
données = {"clé": "valeur", "日本": "にほん", "emoji": "🐍"}
for k, v in données.items():
    print(k, v, len(k), len(v))
mots = sorted(["zèbre", "abricot", "Éclair", "éclair", "eclair", "Zoo"])
print(mots)
print("straße".upper(), "ΑΒΓ".lower(), "ǈ".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()))
print([c for c in "añb" if not c.isascii()], "ñ".isalpha(), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
s = "Ünïcödé"
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(repr("\u00e9"), repr("e\u0301"), "\u00e9" == "e\u0301", len("e\u0301"))
print(f"{π:.2f} {café!r} {Δx*2}")
λ = lambda x: x * 2
print(λ(21), [λ(i) for i in range(3)])
print(ord(max("héllo")), min("ÿa"), sorted("ça va", reverse=True))
