# The json module: encoding and decoding are native (_json); this layer adds
# the hooks (default=, object_hook=, ...) that need Python calls.

import _json

JSONDecodeError = _json.JSONDecodeError

__all__ = ["dumps", "loads", "JSONDecodeError"]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if default is not None:
        obj = _apply_default(obj, default, [])
    return _json.dumps(obj, indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys)


def _apply_default(obj, default, stack):
    # Replace everything the native encoder cannot handle by default(obj).
    if obj is None or obj is True or obj is False:
        return obj
    if isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, (list, tuple)):
        for s in stack:
            if s is obj:
                raise ValueError("Circular reference detected")
        stack.append(obj)
        r = [_apply_default(x, default, stack) for x in obj]
        stack.pop()
        return r
    if isinstance(obj, dict):
        for s in stack:
            if s is obj:
                raise ValueError("Circular reference detected")
        stack.append(obj)
        r = {k: _apply_default(v, default, stack) for k, v in obj.items()}
        stack.pop()
        return r
    return _apply_default(default(obj), default, stack)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    value = _json.loads(s)
    if object_hook is None and object_pairs_hook is None and parse_float is None and parse_int is None:
        return value
    return _hook(value, object_hook, object_pairs_hook, parse_float, parse_int)


def _hook(v, object_hook, pairs_hook, parse_float, parse_int):
    if isinstance(v, list):
        return [_hook(x, object_hook, pairs_hook, parse_float, parse_int) for x in v]
    if isinstance(v, dict):
        pairs = [(k, _hook(x, object_hook, pairs_hook, parse_float, parse_int)) for k, x in v.items()]
        if pairs_hook is not None:
            return pairs_hook(pairs)
        d = dict(pairs)
        if object_hook is not None:
            return object_hook(d)
        return d
    if isinstance(v, float) and parse_float is not None:
        return parse_float(repr(v))
    if isinstance(v, int) and not isinstance(v, bool) and parse_int is not None:
        return parse_int(str(v))
    return v
