# itertools product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "cd", "e")), list(product()), list(product([], [1])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)), len(list(permutations(range(6)))))
print(list(permutations([1, 2, 3], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(combinations(range(20), 3))), len(list(product(range(4), repeat=4))))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
print(["".join(p) for p in permutations("aab")])
print(sorted(set("".join(p) for p in permutations("aab"))))
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)
pw = ["".join(p) for p in product("01", repeat=4) if p.count("1") == 2]
print(pw)
target = 10
print([c for c in combinations([2, 3, 5, 7, 8], 2) if sum(c) == target])
