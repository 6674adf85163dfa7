# handler logs then re-raises with bare raise; exception escapes
def safe_get(lst, i, default=None):
    try:
        return lst[i]
    except IndexError:
        return default
print(safe_get([1, 2], 0), safe_get([1, 2], 5), safe_get([], -1, "empty"))
print([safe_get("abc", i, "?") for i in range(5)])
def risky(n):
    return [1, 2, 3][n]
for i in range(5):
    try:
        print("value", risky(i))
    except IndexError as e:
        print("logging error:", e)
        raise
