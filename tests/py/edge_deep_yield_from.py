# yield from chains 5,000 generators deep: iterating, returning a value
# up the chain, close() and throw() all reach the innermost generator
# (none of them may recurse natively per level)
import sys
sys.setrecursionlimit(100000)
N = 5000
def gen_depth(n):
    if n > 0:
        yield from gen_depth(n - 1)
    yield n
def ret_depth(n):
    if n > 0:
        r = yield from ret_depth(n - 1)
        return r + 1
    yield 'innermost'
    return 0
total = 0
for v in gen_depth(N):
    total += v
print(total)
g = ret_depth(N)
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
closed = []
def closing(n):
    try:
        if n > 0:
            yield from closing(n - 1)
        yield n
    finally:
        if n % 1000 == 0:
            closed.append(n)
g = closing(N)
print(next(g))
g.close()
print('closed', closed)
g = gen_depth(N)
next(g)
try:
    g.throw(ValueError('boom'))
except ValueError as e:
    print('threw', e)
def catching(n):
    if n > 0:
        return (yield from catching(n - 1)) + 1
    try:
        yield 'waiting'
    except KeyError as e:
        print('caught', e)
        return 0
g = catching(N)
next(g)
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('returned', e.value)
