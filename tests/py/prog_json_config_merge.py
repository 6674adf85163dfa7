# layered configuration: defaults + JSON file text + environment-style overrides, with validation
import json
DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "workers": 2}, "log": {"level": "info", "file": None}, "features": []}
FILE = '{"server": {"port": 9090, "tls": {"cert": "a.pem"}}, "features": ["beta"], "log": {"level": "debug"}}'
ENV = {"APP_SERVER__WORKERS": "8", "APP_LOG__FILE": "/var/log/app.log", "APP_FEATURES": '["beta", "gamma"]', "OTHER": "x", "APP_SERVER__TLS__VERIFY": "true"}
def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
def parse_value(s):
    try:
        return json.loads(s)
    except ValueError:
        return s
def env_overrides(env, prefix="APP_"):
    result = {}
    for key in sorted(env):
        if not key.startswith(prefix):
            continue
        path = key[len(prefix):].lower().split("__")
        node = result
        for p in path[:-1]:
            node = node.setdefault(p, {})
        node[path[-1]] = parse_value(env[key])
    return result
def validate(cfg):
    errs = []
    if not 0 < cfg["server"]["port"] < 65536:
        errs.append("port out of range")
    if cfg["log"]["level"] not in ("debug", "info", "warning", "error"):
        errs.append(f"bad level {cfg['log']['level']!r}")
    if not isinstance(cfg["server"]["workers"], int):
        errs.append("workers must be int")
    return errs
layers = [DEFAULTS, json.loads(FILE), env_overrides(ENV)]
cfg = {}
for layer in layers:
    cfg = merge(cfg, layer)
print(json.dumps(env_overrides(ENV), sort_keys=True))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(validate(cfg), DEFAULTS["server"]["port"])
bad = merge(cfg, {"server": {"port": 70000, "workers": "many"}, "log": {"level": "loud"}})
print(validate(bad))
def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flatten(v, prefix + k + ".")
        else:
            yield prefix + k, v
for k, v in sorted(flatten(cfg)):
    print(f"{k:<22} = {json.dumps(v)}")
