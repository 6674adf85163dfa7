class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a)
def k():
    for i in range(2):
        try:
            return "r"
        finally:
            continue
    return "end"
print(k())
def k2():
    for i in range(3):
        try:
            return "r"
        finally:
            if i < 2:
                continue
    return "end"
print(k2())
def k3():
    while True:
        try:
            return "r"
        finally:
            break
    return "after"
print(k3())
def k4():
    out = []
    for i in range(3):
        try:
            try:
                return i
            finally:
                out.append(i)
                continue
        finally:
            out.append("o")
    return out
print(k4())
def k5():
    for i in range(3):
        try:
            raise ValueError
        finally:
            continue
    return "swallowed"
print(k5())
def k6():
    for i in range(2):
        with CM() as f:
            try:
                return "x"
            finally:
                continue
    return "w"
print(k6())
def g():
    for i in range(3):
        try:
            yield i
            return
        finally:
            continue
print(list(g()))

def k7():
    try:
        return 1
    finally:
        return 2
print(k7())
def k8():
    for i in range(3):
        try:
            for j in range(2):
                try:
                    return (i, j)
                finally:
                    if j == 0:
                        continue
                    break
        finally:
            if i < 2:
                continue
    return "done"
print(k8())
def k9(x):
    while x < 5:
        x += 1
        try:
            return x
        finally:
            if x % 2:
                continue
    return -x
print([k9(i) for i in range(7)])
