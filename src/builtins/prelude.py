# Weft prelude: builtins written in Python.
#
# These run as ordinary heap frames, so they may call user code (__eq__,
# __hash__, __lt__, key functions, generators) without any native recursion.
# Native builtins handle the common cases themselves and hand over to these
# functions only when Python code has to run. Names starting with "_" are
# private to the runtime; the others become builtins.


class _missing_marker:
    pass


class map:
    __module__ = "builtins"

    def __init__(self, func, *iterables):
        if not iterables:
            raise TypeError("map() must have at least two arguments.")
        self._func = func
        self._iters = [iter(it) for it in iterables]

    def __iter__(self):
        return self

    def __next__(self):
        if len(self._iters) == 1:
            return self._func(next(self._iters[0]))
        return self._func(*[next(it) for it in self._iters])


class filter:
    __module__ = "builtins"

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        if func is None:
            for x in self._it:
                if x:
                    return x
        else:
            for x in self._it:
                if func(x):
                    return x
        raise StopIteration


class _BigRange:
    # range() with bounds beyond 64 bits (rare; everything else is native).
    __module__ = "builtins"

    def __init__(self, *args):
        if len(args) == 1:
            self.start, self.stop, self.step = 0, args[0], 1
        elif len(args) == 2:
            self.start, self.stop, self.step = args[0], args[1], 1
        else:
            self.start, self.stop, self.step = args
        if self.step == 0:
            raise ValueError("range() arg 3 must not be zero")

    def _len(self):
        if self.step > 0 and self.start < self.stop:
            return (self.stop - self.start + self.step - 1) // self.step
        if self.step < 0 and self.start > self.stop:
            return (self.start - self.stop - self.step - 1) // (0 - self.step)
        return 0

    def __len__(self):
        n = self._len()
        if n > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C ssize_t")
        return n

    def __bool__(self):
        return self._len() > 0

    def __getitem__(self, i):
        n = self._len()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("range object index out of range")
        return self.start + i * self.step

    def __contains__(self, x):
        if not isinstance(x, int):
            return False
        if self.step > 0:
            inside = self.start <= x < self.stop
        else:
            inside = self.stop < x <= self.start
        return inside and (x - self.start) % self.step == 0

    def __iter__(self):
        i = self.start
        while (self.step > 0 and i < self.stop) or (self.step < 0 and i > self.stop):
            yield i
            i += self.step

    def __repr__(self):
        if self.step == 1:
            return f"range({self.start}, {self.stop})"
        return f"range({self.start}, {self.stop}, {self.step})"


_BigRange.__name__ = "range"


def _big_range(*args):
    return _BigRange(*args)


# ----- iteration helpers -----

def _contains_iter(container, x):
    for y in container:
        if y is x or y == x:
            return True
    return False


def _seq_iter(obj):
    i = 0
    while True:
        try:
            v = obj[i]
        except (IndexError, StopIteration):
            return
        yield v
        i += 1


def _iter_sentinel(func, sentinel):
    while True:
        v = func()
        if v == sentinel:
            return
        yield v


def _enumerate_gen(it, start):
    n = start
    for x in it:
        yield (n, x)
        n += 1


def _zip_slow(iterables, strict):
    iters = [iter(it) for it in iterables]
    if not iters:
        return
    while True:
        items = []
        for i, it in enumerate(iters):
            try:
                items.append(next(it))
            except StopIteration:
                if strict:
                    if i > 0:
                        plural = " " if i == 1 else "s 1-"
                        raise ValueError(f"zip() argument {i + 1} is shorter than argument{plural}{i}")
                    for j in range(1, len(iters)):
                        try:
                            next(iters[j])
                        except StopIteration:
                            continue
                        plural = " " if j == 1 else "s 1-"
                        raise ValueError(f"zip() argument {j + 1} is longer than argument{plural}{j}")
                return
        yield tuple(items)


def _reversed_slow(seq):
    rev = getattr(type(seq), "__reversed__", None)
    if rev is not None:
        return rev(seq)
    if not hasattr(type(seq), "__getitem__") or not hasattr(type(seq), "__len__"):
        raise TypeError(f"'{type(seq).__name__}' object is not reversible")
    return _reversed_gen(seq)


def _reversed_gen(seq):
    i = len(seq) - 1
    while i >= 0:
        yield seq[i]
        i -= 1


def _unpack_iter(it):
    return [x for x in it]


def _list_from_iter(it):
    out = []
    for x in it:
        out.append(x)
    return out


def _tuple_from_iter(it):
    return tuple(_list_from_iter(it))


def _set_from_iter(it):
    s = set()
    for x in it:
        s.add(x)
    return s


def _frozenset_from_iter(it):
    return frozenset(_set_from_iter(it))


def _bytes_from_iter(it):
    return bytes(_list_from_iter(it))


def _list_extend(lst, it):
    for x in it:
        lst.append(x)


def _list_iadd(lst, it, ret):
    for x in it:
        lst.append(x)
    return ret


def _dict_ior(d, other, ret):
    dict.update(d, other)
    return ret


def _deque_fill(d, it):
    for x in it:
        d.append(x)
    return d


def _deque_extend(d, it):
    for x in it:
        d.append(x)


def _deque_extendleft(d, it):
    for x in it:
        d.appendleft(x)


def _deque_iadd(d, it, ret):
    for x in it:
        d.append(x)
    return ret


def _list_setslice(lst, key, it):
    lst[key] = _list_from_iter(it)


def _list_remove(lst, x):
    i = 0
    for y in lst:
        if y is x or y == x:
            del lst[i]
            return
        i += 1
    raise ValueError("list.remove(x): x not in list")


def _seq_index(seq, x, start=0, stop=None):
    n = len(seq)
    if start < 0:
        start = max(start + n, 0)
    if stop is None:
        stop = n
    elif stop < 0:
        stop = max(stop + n, 0)
    i = start
    while i < stop and i < len(seq):
        y = seq[i]
        if y is x or y == x:
            return i
        i += 1
    if isinstance(seq, tuple):
        raise ValueError("tuple.index(x): x not in tuple")
    raise ValueError(f"{x!r} is not in list")


def _seq_count(seq, x):
    n = 0
    for y in seq:
        if y is x or y == x:
            n += 1
    return n


def _any(it):
    for x in it:
        if x:
            return True
    return False


def _all(it):
    for x in it:
        if not x:
            return False
    return True


def _sum_slow(it, start):
    total = start
    for x in it:
        total = total + x
    return total


def _minmax(it, key, default, is_max):
    name = "max" if is_max else "min"
    best = _missing_marker
    best_key = None
    for x in it:
        k = x if key is None else key(x)
        if best is _missing_marker:
            best = x
            best_key = k
        elif is_max:
            if k > best_key:
                best = x
                best_key = k
        else:
            if k < best_key:
                best = x
                best_key = k
    if best is _missing_marker:
        if default is _missing_marker:
            raise ValueError(f"{name}() arg is an empty sequence")
        return default
    return best


def _divmod_slow(a, b):
    f = getattr(type(a), "__divmod__", None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    f = getattr(type(b), "__rdivmod__", None)
    if f is not None:
        r = f(b, a)
        if r is not NotImplemented:
            return r
    raise TypeError(f"unsupported operand type(s) for divmod(): '{type(a).__name__}' and '{type(b).__name__}'")


def _container_eq(a, b, negate):
    r = _container_eq1(a, b)
    return (not r) if negate else r


def _container_eq1(a, b):
    if len(a) != len(b):
        return False
    if isinstance(a, dict):
        for k in a:
            if k not in b:
                return False
            x = a[k]
            y = b[k]
            if not (x is y or x == y):
                return False
        return True
    if isinstance(a, (set, frozenset)):
        for x in a:
            if x not in b:
                return False
        return True
    i = 0
    n = len(a)
    while i < n:
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            return False
        i += 1
    return True


def _seq_compare(a, b, op):
    i = 0
    n = min(len(a), len(b))
    while i < n:
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            if op == 0:
                return x < y
            if op == 1:
                return x <= y
            if op == 4:
                return x > y
            return x >= y
        i += 1
    la = len(a)
    lb = len(b)
    if op == 0:
        return la < lb
    if op == 1:
        return la <= lb
    if op == 4:
        return la > lb
    return la >= lb


# ----- sorting -----

def _sort_key(lst, key, reverse):
    keys = [key(x) for x in lst]
    _sort_by_keys(lst, keys, reverse)


def _sort_slow(lst, keys, reverse):
    # CPython 3.11's timsort (the same steps as objects/timsort.rs), so
    # user __lt__ methods see the same comparisons in the same order.
    n = len(lst)
    idx = list(range(n))
    if reverse:
        idx.reverse()
    if n > 1:
        from _weft_timsort import TimSort
        TimSort(keys, idx).sort()
    if reverse:
        idx.reverse()
    values = [lst[i] for i in idx]
    lst[:] = values


def _sorted_slow(iterable, key, reverse):
    lst = _list_from_iter(iterable)
    lst.sort(key=key, reverse=reverse)
    return lst


# ----- dicts and sets with Python-level hashing or equality -----

def _dict_find(d, key):
    h = hash(key)
    for slot, k in _dict_probe(d, h):
        if k is key or k == key:
            return h, slot
    return h, -1


def _dict_getitem(d, key):
    h, slot = _dict_find(d, key)
    if slot < 0:
        return _dict_missing(d, key)
    return _dict_value(d, slot)


def _dict_get(d, key, default):
    h, slot = _dict_find(d, key)
    if slot < 0:
        return default
    return _dict_value(d, slot)


def _dict_setitem(d, key, value):
    h, slot = _dict_find(d, key)
    if slot < 0:
        _dict_append(d, h, key, value)
    else:
        _dict_set_value(d, slot, value)


def _dict_delitem(d, key):
    h, slot = _dict_find(d, key)
    if slot < 0:
        raise KeyError(key)
    _dict_remove(d, slot)


def _dict_contains(d, key):
    h, slot = _dict_find(d, key)
    return slot >= 0


def _dict_setdefault(d, key, default):
    h, slot = _dict_find(d, key)
    if slot < 0:
        _dict_append(d, h, key, default)
        return default
    return _dict_value(d, slot)


def _dict_pop(d, key, default):
    h, slot = _dict_find(d, key)
    if slot < 0:
        if default is _missing_marker:
            raise KeyError(key)
        return default
    return _dict_remove(d, slot)


def _dict_fromkeys(cls, keys, value):
    d = cls()
    for k in keys:
        d[k] = value
    return d


def _dict_update_mapping(d, other):
    if hasattr(other, "keys"):
        for k in other.keys():
            d[k] = other[k]
    else:
        _dict_update_pairs(d, other)


def _dict_update_pairs(d, pairs):
    i = 0
    for item in pairs:
        try:
            seq = _list_from_iter(item)
        except TypeError:
            raise TypeError(f"cannot convert dictionary update sequence element #{i} to a sequence") from None
        if len(seq) != 2:
            raise ValueError(f"dictionary update sequence element #{i} has length {len(seq)}; 2 is required")
        d[seq[0]] = seq[1]
        i += 1


def _dict_init_slow(d, other, kwargs):
    _dict_update_mapping(d, other)
    for k in kwargs:
        d[k] = kwargs[k]
    return d


def _items_contains(d, pair):
    k, v = pair
    if k not in d:
        return False
    found = d[k]
    return found is v or found == v


def _build_dict(items):
    d = {}
    i = 0
    while i < len(items):
        d[items[i]] = items[i + 1]
        i += 2
    return d


def _set_find(s, key):
    h = hash(key)
    for slot, k in _set_probe(s, h):
        if k is key or k == key:
            return h, slot
    return h, -1


def _set_add(s, key):
    h, slot = _set_find(s, key)
    if slot < 0:
        _set_add_hashed(s, h, key)


def _build_set(items):
    s = set()
    for x in items:
        s.add(x)
    return s


def _set_update(s, it):
    for x in it:
        s.add(x)


def _set_contains(s, key):
    if isinstance(key, set):
        key = frozenset(key)
    h, slot = _set_find(s, key)
    return slot >= 0


def _set_discard(s, key):
    if isinstance(key, set):
        key = frozenset(key)
    h, slot = _set_find(s, key)
    if slot >= 0:
        _set_remove_slot(s, slot)


def _set_remove(s, key):
    if isinstance(key, set):
        key = frozenset(key)
    h, slot = _set_find(s, key)
    if slot < 0:
        raise KeyError(key)
    _set_remove_slot(s, slot)


def _new_set_like(a):
    return frozenset() if isinstance(a, frozenset) else set()


def _set_union(a, b):
    r = set()
    for x in a:
        r.add(x)
    for x in b:
        r.add(x)
    return frozenset(r) if isinstance(a, frozenset) else r


def _set_intersection(a, b):
    r = set()
    small, big = (b, a) if len(a) > len(b) else (a, b)
    for x in small:
        if x in big:
            r.add(x)
    return frozenset(r) if isinstance(a, frozenset) else r


def _set_difference(a, b):
    r = set()
    for x in a:
        if x not in b:
            r.add(x)
    return frozenset(r) if isinstance(a, frozenset) else r


def _set_symmetric_difference(a, b):
    r = set()
    for x in b:
        r.add(x)
    for x in a:
        if x in r:
            r.discard(x)
        else:
            r.add(x)
    return frozenset(r) if isinstance(a, frozenset) else r


def _set_ior(s, other, ret):
    for x in other:
        _set_add(s, x)
    return ret


def _set_isub(s, other, ret):
    if s is other:
        s.clear()
        return ret
    if isinstance(other, (set, frozenset)) and (len(other) >> 3) > len(s):
        other = _set_intersection(s, other)
    for x in other:
        h, slot = _set_find(s, x)
        if slot >= 0:
            _set_remove_slot(s, slot)
    _set_purge(s)
    return ret


def _set_ixor(s, other, ret):
    if s is other:
        s.clear()
        return ret
    if not isinstance(other, (set, frozenset, dict)):
        other = _set_from_iter(other)
    for x in other:
        h, slot = _set_find(s, x)
        if slot >= 0:
            _set_remove_slot(s, slot)
        else:
            _set_add_hashed(s, h, x)
    return ret


def _set_iand(s, other, ret):
    if s is not other:
        _set_assign(s, _set_intersection_any(s, other))
    return ret


def _set_update_rest(s, f, others):
    for o in others:
        f(s, o, None)


def _set_intersection_any(s, other):
    r = set()
    if isinstance(other, (set, frozenset)):
        if len(other) > len(s):
            s, other = other, s
        for x in other:
            if x in s:
                _set_add(r, x)
    else:
        for x in other:
            if x in s:
                _set_add(r, x)
    return r


def _set_like(a, r):
    return frozenset(r) if isinstance(a, frozenset) else r


def _set_union_multi(s, others):
    r = set()
    _set_ior(r, s, None)
    for o in others:
        if o is not s:
            _set_ior(r, o, None)
    return _set_like(s, r)


def _set_intersection_multi(s, others):
    r = s
    for o in others:
        r = _set_intersection_any(r, o)
    if not others:
        r = _set_union_multi(s, [])
    return _set_like(s, r)


def _set_intersection_update(s, others):
    _set_assign(s, _set_intersection_multi(s, others))


def _set_difference_multi(s, others):
    r = set()
    _set_ior(r, s, None)
    for o in others:
        _set_isub(r, o, None)
    return _set_like(s, r)


def _set_symmetric_difference_multi(s, others):
    r = set()
    _set_ior(r, others[0], None)
    _set_ixor(r, s, None)
    return _set_like(s, r)


def _index(x):
    r = type(x).__index__(x)
    if not isinstance(r, int):
        raise TypeError(f"__index__ returned non-int (type {type(r).__name__})")
    return r


def _as_index(x):
    if x is None or isinstance(x, int) or not hasattr(type(x), "__index__"):
        return x
    return _index(x)


def _index_key(k):
    if isinstance(k, slice):
        return slice(_as_index(k.start), _as_index(k.stop), _as_index(k.step))
    return _as_index(k)


def _getitem_indexed(obj, k):
    return obj[_index_key(k)]


def _setitem_indexed(obj, k, v):
    obj[_index_key(k)] = v


def _delitem_indexed(obj, k):
    del obj[_index_key(k)]


def _call_indexed(f, *args):
    return f(*[_as_index(a) for a in args])


def _round_indexed(x, n):
    return round(x, _index(n))


def _repeat_indexed(seq, n):
    return seq * _index(n)


def _irepeat_indexed(seq, n):
    seq *= _index(n)
    return seq


def _class_init_hooks(cls, kw):
    for name, value in list(cls.__dict__.items()):
        f = getattr(type(value), "__set_name__", None)
        if f is not None:
            try:
                f(value, cls, name)
            except Exception as e:
                raise RuntimeError(
                    f"Error calling __set_name__ on {type(value).__name__!r} "
                    f"instance {name!r} in {cls.__name__!r}") from e
    if kw is None:
        kw = {}
    else:
        kw = dict(kw)
        kw.pop("metaclass", None)
    super(cls, cls).__init_subclass__(**kw)
    return cls


def _getattribute_hooked(ga, obj, name):
    try:
        return ga(obj, name)
    except AttributeError:
        return type(obj).__getattr__(obj, name)


def _new_then_init(cls, new, /, *args, **kwargs):
    obj = new(cls, *args, **kwargs)
    if isinstance(obj, cls):
        r = type(obj).__init__(obj, *args, **kwargs)
        if r is not None:
            raise TypeError(f"__init__() should return None, not '{type(r).__name__}'")
    return obj


def _set_compare_slow(a, b, op):
    def subset(x, y):
        if len(x) > len(y):
            return False
        for e in x:
            if e not in y:
                return False
        return True
    if op == 0:
        return len(a) < len(b) and subset(a, b)
    if op == 1:
        return subset(a, b)
    if op == 4:
        return len(a) > len(b) and subset(b, a)
    if op == 5:
        return subset(b, a)
    if op == 2:
        return len(a) == len(b) and subset(a, b)
    return not (len(a) == len(b) and subset(a, b))


# ----- text -----

_repr_active = []


def _repr_slow(obj):
    for o in _repr_active:
        if o is obj:
            if isinstance(obj, list):
                return "[...]"
            if isinstance(obj, tuple):
                return "(...)"
            if isinstance(obj, dict):
                return "{...}"
            return "..."
    _repr_active.append(obj)
    try:
        return _repr_container(obj)
    finally:
        _repr_active.pop()


def _repr_container(obj):
    t = type(obj)
    if isinstance(obj, list):
        return "[" + ", ".join([repr(x) for x in obj]) + "]"
    if isinstance(obj, tuple):
        fields = getattr(t, "_fields", None)
        if fields is not None and type(fields) is tuple and len(fields) == len(obj):
            parts = [f"{n}={v!r}" for n, v in zip(fields, obj)]
            return t.__name__ + "(" + ", ".join(parts) + ")"
        if len(obj) == 1:
            return "(" + repr(obj[0]) + ",)"
        return "(" + ", ".join([repr(x) for x in obj]) + ")"
    if isinstance(obj, dict):
        return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in obj.items()]) + "}"
    if isinstance(obj, (set, frozenset)):
        exact = t is set
        if not obj:
            return t.__name__ + "()"
        inner = "{" + ", ".join([repr(x) for x in obj]) + "}"
        return inner if exact else t.__name__ + "(" + inner + ")"
    if t.__name__ == "deque":
        inner = "[" + ", ".join([repr(x) for x in obj]) + "]"
        if obj.maxlen is not None:
            return f"deque({inner}, maxlen={obj.maxlen})"
        return f"deque({inner})"
    if t.__name__ in ("dict_keys", "dict_values", "dict_items"):
        return t.__name__ + "([" + ", ".join([repr(x) for x in obj]) + "])"
    if isinstance(obj, BaseException):
        return _exc_repr_slow(t.__name__, obj.args)
    if type(obj).__name__ == "method":
        return f"<bound method {obj.__func__.__qualname__} of {obj.__self__!r}>"
    return object.__repr__(obj)


def _exc_repr_slow(name, args):
    return name + "(" + ", ".join([repr(a) for a in args]) + ")"


def _exc_str(exc):
    args = exc.args
    if len(args) == 0:
        return ""
    if len(args) == 1:
        if isinstance(exc, KeyError):
            return repr(args[0])
        return str(args[0])
    return repr(args)


def _ascii_slow(obj):
    return ascii(repr(obj))[1:-1]


def _format_value(value, conv, spec):
    if conv == 1:
        value = str(value)
    elif conv == 2:
        value = repr(value)
    elif conv == 3:
        value = ascii(value)
    return format(value, spec)


def _percent_slow(fmt, args):
    convs, named = _percent_convs(fmt)
    def conv(c, v):
        if c == "s":
            return str(v)
        if c == "r":
            return repr(v)
        if c == "a":
            return ascii(v)
        return v
    if isinstance(args, dict) and named:
        new = {}
        for k in args:
            c = named.get(k)
            new[k] = conv(c, args[k]) if c is not None else args[k]
        return _percent_raw(fmt, new)
    items = args if isinstance(args, tuple) else (args,)
    out = []
    i = 0
    for x in items:
        c = convs[i] if i < len(convs) else None
        out.append(conv(c, x) if c is not None else x)
        i += 1
    return _percent_raw(fmt, tuple(out))


def _format_field(value, args, kwargs):
    return value


def _str_format_slow(fmt, args, kwargs, auto=None):
    out = []
    if auto is None:
        auto = [0]
    def resolve(name):
        first = name
        rest = ""
        for i in range(len(name)):
            if name[i] in ".[":
                first = name[:i]
                rest = name[i:]
                break
        if first == "":
            value = args[auto[0]]
            auto[0] += 1
        elif first.isdigit():
            value = args[int(first)]
        else:
            value = kwargs[first]
        while rest:
            if rest[0] == ".":
                j = 1
                while j < len(rest) and rest[j] not in ".[":
                    j += 1
                value = getattr(value, rest[1:j])
                rest = rest[j:]
            else:
                j = rest.index("]")
                key = rest[1:j]
                value = value[int(key)] if key.isdigit() else value[key]
                rest = rest[j + 1:]
        return value
    for literal, name, conv, spec in _format_parse(fmt):
        out.append(literal)
        if name is None:
            continue
        value = resolve(name)
        if conv == "s":
            value = str(value)
        elif conv == "r":
            value = repr(value)
        elif conv == "a":
            value = ascii(value)
        if "{" in spec:
            spec = _str_format_slow(spec, args, kwargs, auto)
        out.append(format(value, spec))
    return "".join(out)


def _str_join(sep, iterable):
    return sep.join(_list_from_iter(iterable))


def _print_slow(args, sep, end, file):
    text = sep.join([str(a) for a in args]) + end
    if file is None:
        print(text, end="")
    else:
        file.write(text)


def _input_slow(prompt):
    return input(str(prompt))


# ----- tracebacks -----

def _print_exception(exc):
    seen = []
    _print_chain(exc, seen)


def _print_chain(exc, seen):
    seen.append(exc)
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and not _seen(seen, cause):
        _print_chain(cause, seen)
        _write_err("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not exc.__suppress_context__ and not _seen(seen, context):
        _print_chain(context, seen)
        _write_err("\nDuring handling of the above exception, another exception occurred:\n\n")
    lines = _tb_lines(exc)
    if lines:
        _write_err("Traceback (most recent call last):\n")
        for line in lines:
            _write_err(line)
    name = _exc_type_name(exc)
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    if isinstance(exc, (NameError, AttributeError)):
        hint = _exc_suggestion(exc)
        if hint is not None:
            text += f". Did you mean: '{hint}'?"
    if text:
        _write_err(name + ": " + text + "\n")
    else:
        _write_err(name + "\n")


def _seen(seen, e):
    for s in seen:
        if s is e:
            return True
    return False


# ----- stackless: the methods of tasklet and channel written in Python -----


def _exception_instance(exc, val):
    """Normalise (class or instance, value) the way generator.throw does."""
    if isinstance(exc, type):
        if not issubclass(exc, BaseException):
            raise TypeError(
                "exceptions must be classes or instances deriving from BaseException, not type"
            )
        if isinstance(val, exc):
            return val
        if val is None:
            return exc()
        if isinstance(val, tuple):
            return exc(*val)
        return exc(val)
    if isinstance(exc, BaseException):
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        return exc
    raise TypeError(
        "exceptions must be classes or instances deriving from BaseException, not "
        + type(exc).__name__
    )


def _tasklet_throw(self, exc=None, val=None, tb=None, pending=False):
    return _tasklet_throw_raw(self, _exception_instance(exc, val), pending)


def _tasklet_raise_exception(self, exc_class, *args):
    return _tasklet_throw_raw(self, _exception_instance(exc_class, args), False)


def _tasklet_kill(self, pending=False):
    return _tasklet_throw_raw(self, TaskletExit(), pending)


def _channel_send_exception(self, exc_class, *args):
    return _channel_send_exc(self, _exception_instance(exc_class, args))


def _channel_send_throw(self, exc, val=None, tb=None):
    return _channel_send_exc(self, _exception_instance(exc, val))


def _channel_send_sequence(self, seq):
    n = 0
    for value in seq:
        self.send(value)
        n += 1
    return n


def _channel_callback_then(cb, ch, t, sending, willblock, op, arg):
    cb(ch, t, sending, willblock)
    return op(ch, arg)


def _run_schedule_callback(cb, prev, next):
    _schedule_callback_scope(prev)
    try:
        cb(prev, next)
    finally:
        _schedule_callback_scope(None)


def _host_channel_send(ch, value, token):
    # The embedder's `ch.send(value)` on a shared channel (hostcall.rs).
    try:
        ch.send(value)
    except BaseException as e:
        _host_op_done(token, False, e)
    else:
        _host_op_done(token, True, None)


def _host_channel_receive(ch, token):
    # The embedder's `ch.receive()` on a shared channel (hostcall.rs).
    try:
        value = ch.receive()
    except BaseException as e:
        _host_op_done(token, False, e)
    else:
        _host_op_done(token, True, value)
