# Huffman compression: build tree with a sorted-list priority queue, encode/decode, stats
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a[2], b[2])))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(nodes[0][2], "")
    return codes, freq, nodes[0][2]
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, tree):
    out = []
    node = tree
    if isinstance(tree, str):
        return tree * len(bits)
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    codes, freq, tree = build_codes(text)
    bits = encode(text, codes)
    print(repr(text))
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"   {ch!r}: {freq[ch]:2d} {codes[ch]}")
    print("  bits:", len(bits), "vs", 8 * len(text), f"ratio {len(bits) / (8 * len(text)):.3f}")
    print("  roundtrip:", decode(bits, tree) == text, bits[:32])
    prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
    print("  prefix-free:", prefix_free)
