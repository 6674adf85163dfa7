//! `dict`: lookups used all over the VM, and the dict methods. Keys whose
//! hashing or equality needs Python code (user `__hash__`/`__eq__`) take the
//! prelude's slow path, which probes the table through the `_dict_*`
//! primitives defined here.

use super::{arg_count, method};
use crate::objects::dict::{Dict, Lookup};
use crate::vm::object::{DictViewKind, Obj, Payload};
use crate::vm::ops::{prelude_call, Hashed};
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};

/// The dict handle behind `d` (a dict, or a dict subclass instance).
pub fn dict_handle(vm: &Vm, d: Value) -> Option<Handle> {
    let Value::Obj(h) = d else { return None };
    match vm.heap.get(h) {
        Obj::Dict(_) => Some(h),
        Obj::Instance(i) => match i.payload {
            Payload::Value(p) => dict_handle(vm, p),
            _ => None,
        },
        _ => None,
    }
}

fn dict(vm: &Vm, h: Handle) -> &Dict {
    match vm.heap.get(h) {
        Obj::Dict(d) => d,
        _ => unreachable!("dict_handle checked"),
    }
}

fn dict_mut(vm: &mut Vm, h: Handle) -> &mut Dict {
    match vm.heap.get_mut(h) {
        Obj::Dict(d) => d,
        _ => unreachable!("dict_handle checked"),
    }
}

/// Lookup by str key (names): never needs Python.
pub fn dict_get_str(vm: &mut Vm, d: Value, key: Value) -> Option<Value> {
    let h = dict_handle(vm, d)?;
    let hash = vm.str_hash(key);
    vm.dict_find_str(h, key, hash)
}

pub fn dict_set_str(vm: &mut Vm, d: Value, key: Value, v: Value) {
    let Some(h) = dict_handle(vm, d) else { return };
    let hash = vm.str_hash(key);
    let mut dd = std::mem::take(dict_mut(vm, h));
    dd.insert(hash, key, v, |a, b| vm.str_eq(a, b));
    *dict_mut(vm, h) = dd;
}

pub fn dict_del_str(vm: &mut Vm, d: Value, key: Value) -> bool {
    let Some(h) = dict_handle(vm, d) else {
        return false;
    };
    let hash = vm.str_hash(key);
    match dict(vm, h).find(hash, key, |a, b| vm.str_eq(a, b)) {
        Lookup::Found(i) => {
            dict_mut(vm, h).remove_at(i);
            true
        }
        _ => false,
    }
}

pub fn dict_items(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    match dict_handle(vm, d) {
        Some(h) => dict(vm, h).items(),
        None => vec![],
    }
}

pub fn dict_len(vm: &Vm, d: Value) -> usize {
    dict_handle(vm, d).map(|h| dict(vm, h).len()).unwrap_or(0)
}

/// Where a key is, or that Python code must decide.
pub enum Found {
    At(usize),
    Missing(i64),
    Python,
}

/// Hash `key` natively (TypeError when unhashable).
pub fn hash_key(vm: &mut Vm, key: Value) -> PyResult<Option<i64>> {
    match vm.hash_value(key) {
        Ok(Hashed::Hash(h)) => Ok(Some(h)),
        Ok(Hashed::Python) => Ok(None),
        Err(msg) => Err(vm.type_error(msg)),
    }
}

pub fn dict_find(vm: &mut Vm, h: Handle, key: Value) -> PyResult<Found> {
    let Some(hash) = hash_key(vm, key)? else {
        return Ok(Found::Python);
    };
    Ok(
        match dict(vm, h).find(hash, key, |a, b| vm.eq_native(a, b)) {
            Lookup::Found(i) => Found::At(i),
            Lookup::Missing => Found::Missing(hash),
            Lookup::NeedsPython => Found::Python,
        },
    )
}

/// `d[key]` without `__missing__`: `None` when absent.
pub fn dict_get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = dict_handle(vm, d).expect("dict_get on a dict");
    match dict_find(vm, h, key)? {
        Found::At(i) => Ok(Some(dict(vm, h).value_at(i))),
        Found::Missing(_) => Ok(None),
        Found::Python => Err(prelude_call(vm, "_dict_getitem", vec![d, key])),
    }
}

pub fn dict_set(vm: &mut Vm, d: Value, key: Value, v: Value) -> PyResult<()> {
    let Some(h) = dict_handle(vm, d) else {
        return Err(vm.type_error("expected a dict"));
    };
    match dict_find(vm, h, key)? {
        Found::At(i) => dict_mut(vm, h).set_value_at(i, v),
        Found::Missing(hash) => {
            let d = dict_mut(vm, h);
            let before = d.heap_bytes();
            d.push_new(hash, key, v);
            let grown = d.heap_bytes().saturating_sub(before);
            vm.heap.note_growth(grown);
        }
        Found::Python => return Err(prelude_call(vm, "_dict_setitem", vec![d, key, v])),
    }
    Ok(())
}

/// Delete `key`; `Ok(false)` when absent.
pub fn dict_del(vm: &mut Vm, d: Value, key: Value) -> PyResult<bool> {
    let h = dict_handle(vm, d).expect("dict_del on a dict");
    match dict_find(vm, h, key)? {
        Found::At(i) => {
            dict_mut(vm, h).remove_at(i);
            Ok(true)
        }
        Found::Missing(_) => Ok(false),
        Found::Python => Err(prelude_call(vm, "_dict_delitem", vec![d, key])),
    }
}

pub fn dict_contains(vm: &mut Vm, d: Value, key: Value) -> PyResult<bool> {
    let h = dict_handle(vm, d).expect("dict_contains on a dict");
    match dict_find(vm, h, key)? {
        Found::At(_) => Ok(true),
        Found::Missing(_) => Ok(false),
        Found::Python => Err(prelude_call(vm, "_dict_contains", vec![d, key])),
    }
}

pub fn view_contains(vm: &mut Vm, d: Value, kind: DictViewKind, needle: Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => dict_contains(vm, d, needle),
        DictViewKind::Values => {
            let vals: Vec<Value> = dict_items(vm, d).into_iter().map(|(_, v)| v).collect();
            let l = vm.new_list(vals);
            vm.contains(l, needle)
        }
        DictViewKind::Items => {
            let pair = match needle {
                Value::Obj(h) => match vm.heap.get(h) {
                    Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
                    _ => None,
                },
                _ => None,
            };
            let Some((k, v)) = pair else { return Ok(false) };
            match dict_get(vm, d, k)? {
                Some(found) => match vm.eq_native(found, v) {
                    Some(e) => Ok(e),
                    None => Err(prelude_call(vm, "_items_contains", vec![d, needle])),
                },
                None => Ok(false),
            }
        }
    }
}

/// `{k: v, ...}` from alternating keys and values.
// Not inlined into the interpreter loop, which V8 compiles faster without it.
#[inline(never)]
pub fn build_dict(vm: &mut Vm, items: Vec<Value>) -> PyResult {
    let mut d = Dict::with_capacity(items.len() / 2);
    for pair in items.chunks(2) {
        let (k, v) = (pair[0], pair[1]);
        let Some(hash) = hash_key(vm, k)? else {
            let l = vm.new_list(items.clone());
            return Err(prelude_call(vm, "_build_dict", vec![l]));
        };
        if d.insert(hash, k, v, |a, b| vm.eq_native(a, b)) == Lookup::NeedsPython {
            let l = vm.new_list(items.clone());
            return Err(prelude_call(vm, "_build_dict", vec![l]));
        }
    }
    Ok(vm.alloc(Obj::Dict(Box::new(d))))
}

pub fn dict_copy(vm: &mut Vm, d: Value) -> PyResult {
    let h = dict_handle(vm, d).expect("dict_copy on a dict");
    let copy = dict(vm, h).clone();
    Ok(vm.alloc(Obj::Dict(Box::new(copy))))
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    dict_merge(vm, d, other, None)
}

/// `{**other}` / `d.update(other)`; `strict` (the called function's
/// description) refuses duplicate keys (`f(**a, **b)`).
pub fn dict_merge(vm: &mut Vm, d: Value, other: Value, strict: Option<&str>) -> PyResult<()> {
    let Some(target) = dict_handle(vm, d) else {
        return Err(vm.type_error("expected a dict"));
    };
    if let Some(oh) = dict_handle(vm, other) {
        let items = dict(vm, oh).items();
        for (k, v) in items {
            if let Some(fname) = strict {
                if let Found::At(_) = dict_find(vm, target, k)? {
                    let ks = vm.str_of(k).unwrap_or("?").to_string();
                    let msg = format!(
                        "{} got multiple values for keyword argument '{}'",
                        fname, ks
                    );
                    return Err(vm.type_error(msg));
                }
            }
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    if let Value::Obj(oh) = other {
        if let Obj::Instance(_) = vm.heap.get(oh) {
            // A mapping with keys() and __getitem__.
            return Err(prelude_call(vm, "_dict_update_mapping", vec![d, other]));
        }
    }
    if let Some(fname) = strict {
        let msg = format!(
            "{} argument after ** must be a mapping, not {}",
            fname,
            vm.type_name(other)
        );
        return Err(vm.type_error(msg));
    }
    match vm.collect_native(other)? {
        Some(pairs) => {
            for (i, p) in pairs.into_iter().enumerate() {
                let kv = match p {
                    Value::Obj(ph) => match vm.heap.get(ph) {
                        Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
                        Obj::List(t) if t.len() == 2 => Some((t[0], t[1])),
                        Obj::Tuple(_) | Obj::List(_) => {
                            let n = vm.tuple_items(p).len();
                            let msg = format!(
                                "dictionary update sequence element #{} has length {}; 2 is required",
                                i, n
                            );
                            return Err(vm.value_error(msg));
                        }
                        Obj::Str(s) if s.nchars() == 2 => {
                            let cs: Vec<char> = s.as_str().chars().collect();
                            let a = vm.new_string(cs[0].to_string());
                            let b = vm.new_string(cs[1].to_string());
                            Some((a, b))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let Some((k, v)) = kv else {
                    let msg = format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    );
                    return Err(vm.type_error(msg));
                };
                dict_set(vm, d, k, v)?;
            }
            Ok(())
        }
        None => Err(prelude_call(vm, "_dict_update_pairs", vec![d, other])),
    }
}

// ----- methods -----

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first().and_then(|a| dict_handle(vm, *a)) {
        Some(h) => Ok(h),
        None => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn d_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "get", &args[1.min(args.len())..], 1, 2)?;
    let h = this(vm, args)?;
    let default = args.get(2).copied().unwrap_or(Value::None);
    match dict_find(vm, h, args[1])? {
        Found::At(i) => Ok(dict(vm, h).value_at(i)),
        Found::Missing(_) => Ok(default),
        Found::Python => Err(prelude_call(
            vm,
            "_dict_get",
            vec![args[0], args[1], default],
        )),
    }
}

fn d_setdefault(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "setdefault", &args[1.min(args.len())..], 1, 2)?;
    let h = this(vm, args)?;
    let default = args.get(2).copied().unwrap_or(Value::None);
    match dict_find(vm, h, args[1])? {
        Found::At(i) => Ok(dict(vm, h).value_at(i)),
        Found::Missing(hash) => {
            dict_mut(vm, h).push_new(hash, args[1], default);
            Ok(default)
        }
        Found::Python => Err(prelude_call(
            vm,
            "_dict_setdefault",
            vec![args[0], args[1], default],
        )),
    }
}

fn d_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "pop", &args[1.min(args.len())..], 1, 2)?;
    let h = this(vm, args)?;
    match dict_find(vm, h, args[1])? {
        Found::At(i) => Ok(dict_mut(vm, h).remove_at(i).value),
        Found::Missing(_) => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(vm.key_error(args[1])),
        },
        Found::Python => {
            let mut a = args.to_vec();
            if a.len() == 2 {
                a.push(vm.prelude_fn("_missing_marker"));
            }
            Err(prelude_call(vm, "_dict_pop", a))
        }
    }
}

fn d_popitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    match dict_mut(vm, h).pop_last() {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.err(vm.t.key_error, "popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, args: &[Value], kind: DictViewKind) -> PyResult {
    this(vm, args)?;
    Ok(vm.alloc(Obj::DictView(args[0], kind)))
}

fn d_keys(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    view(vm, args, DictViewKind::Keys)
}
fn d_values(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    view(vm, args, DictViewKind::Values)
}
fn d_items(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    view(vm, args, DictViewKind::Items)
}

fn d_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    if let Some(o) = args.get(1) {
        dict_update_from(vm, args[0], *o)?;
    }
    for (k, v) in kw {
        dict_set(vm, args[0], *k, *v)?;
    }
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    dict_mut(vm, h).clear();
    Ok(Value::None)
}

fn d_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    dict_copy(vm, args[0])
}

fn d_fromkeys(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "fromkeys", &args[1.min(args.len())..], 1, 2)?;
    let value = args.get(2).copied().unwrap_or(Value::None);
    let keys = match vm.collect_native(args[1])? {
        Some(k) => k,
        None => {
            return Err(prelude_call(
                vm,
                "_dict_fromkeys",
                vec![args[0], args[1], value],
            ))
        }
    };
    let d = vm.new_dict();
    for k in keys {
        dict_set(vm, d, k, value)?;
    }
    if let Some(cls) = vm.is_class(args[0]) {
        if cls != vm.t.dict {
            return Ok(wrap_dict_instance(vm, cls, d));
        }
    }
    Ok(d)
}

pub fn wrap_dict_instance(vm: &mut Vm, cls: Handle, d: Value) -> Value {
    vm.alloc(Obj::Instance(Box::new(crate::vm::object::Instance {
        class: cls,
        dict: Dict::new(),
        payload: Payload::Value(d),
        dict_obj: crate::vm::value::Value::Null,
    })))
}

/// `dict(...)` constructor (also for subclasses).
fn d_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let cls = vm
        .is_class(args[0])
        .expect("dict.__new__ receives the class");
    let d = vm.new_dict();
    if cls != vm.t.dict {
        // Subclasses fill their payload in __init__.
        return Ok(wrap_dict_instance(vm, cls, d));
    }
    if args.len() > 2 {
        let msg = format!("dict expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    if let Some(o) = args.get(1) {
        if let Err(e) = dict_update_from(vm, d, *o) {
            return match e {
                Flow::Call(mut req) => {
                    // Finish the update in Python, then add keywords and return d.
                    let kwd = vm.new_dict();
                    for (k, v) in kw {
                        dict_set(vm, kwd, *k, *v)?;
                    }
                    req.func = vm.prelude_fn("_dict_init_slow");
                    req.args = vec![d, *o, kwd];
                    Err(Flow::Call(req))
                }
                other => Err(other),
            };
        }
    }
    for (k, v) in kw {
        dict_set(vm, d, *k, *v)?;
    }
    Ok(d)
}

/// `dict.__init__` (subclasses).
fn d_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    if let Some(o) = args.get(1) {
        dict_update_from(vm, args[0], *o)?;
    }
    for (k, v) in kw {
        dict_set(vm, args[0], *k, *v)?;
    }
    Ok(Value::None)
}

fn d_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "__getitem__", args, 2, 2)?;
    let h = this(vm, args)?;
    match dict_get(vm, Value::Obj(h), args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args[1])),
    }
}

fn d_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "__setitem__", args, 3, 3)?;
    let h = this(vm, args)?;
    dict_set(vm, Value::Obj(h), args[1], args[2])?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "__delitem__", args, 2, 2)?;
    let h = this(vm, args)?;
    if dict_del(vm, Value::Obj(h), args[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1]))
    }
}

fn d_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "__contains__", args, 2, 2)?;
    let h = this(vm, args)?;
    Ok(Value::Bool(dict_contains(vm, Value::Obj(h), args[1])?))
}

fn d_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    Ok(Value::Int(dict(vm, h).len() as i64))
}

fn d_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    vm.get_iter(Value::Obj(h))
}

// ----- primitives for the prelude's slow paths -----

/// `_dict_probe(d, hash)`: `[(slot, key), ...]` with that hash.
fn p_probe(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let hash = hash_arg(vm, args[1])?;
    let slots = dict(vm, h).candidates(hash);
    let mut out = Vec::new();
    for s in slots {
        let k = dict(vm, h).entry(s).map(|e| e.key).unwrap_or(Value::None);
        let t = vm.new_tuple(vec![Value::Int(s as i64), k]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

fn hash_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        _ => match vm.to_bigint(v) {
            Some(b) => Ok(crate::objects::hash::hash_bigint(&b)),
            None => Err(vm.type_error("hash must be an int")),
        },
    }
}

fn slot_arg(vm: &mut Vm, h: Handle, v: Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if i >= 0 && dict(vm, h).entry(i as usize).is_some() => Ok(i as usize),
        _ => Err(vm.runtime_error("dictionary changed during lookup")),
    }
}

fn p_value(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let s = slot_arg(vm, h, args[1])?;
    Ok(dict(vm, h).value_at(s))
}

fn p_set_value(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let s = slot_arg(vm, h, args[1])?;
    dict_mut(vm, h).set_value_at(s, args[2]);
    Ok(Value::None)
}

fn p_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let s = slot_arg(vm, h, args[1])?;
    Ok(dict_mut(vm, h).remove_at(s).value)
}

/// `_dict_append(d, hash, key, value)`: add a key known to be absent.
fn p_append(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let hash = hash_arg(vm, args[1])?;
    dict_mut(vm, h).push_new(hash, args[2], args[3]);
    Ok(Value::None)
}

/// `_dict_missing(d, key)`: `__missing__` for subclasses, else KeyError.
fn p_missing(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let d = args[0];
    let cls = vm.type_of(d);
    let n = vm.n.missing;
    let m = vm.lookup_type(cls, n);
    if crate::vm::ops::is_python_callable(vm, m) {
        return Err(Flow::Call(Box::new(crate::vm::CallReq {
            func: m,
            args: vec![d, args[1]],
            kw: vec![],
            cont: None,
            locals: Value::Null,
        })));
    }
    Err(vm.key_error(args[1]))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.dict;
    method(vm, t, "__new__", d_new, true);
    method(vm, t, "__init__", d_init, true);
    method(vm, t, "get", d_get, false);
    method(vm, t, "setdefault", d_setdefault, false);
    method(vm, t, "pop", d_pop, false);
    method(vm, t, "popitem", d_popitem, false);
    method(vm, t, "keys", d_keys, false);
    method(vm, t, "values", d_values, false);
    method(vm, t, "items", d_items, false);
    method(vm, t, "update", d_update, true);
    method(vm, t, "clear", d_clear, false);
    method(vm, t, "copy", d_copy, false);
    method(vm, t, "__getitem__", d_getitem, false);
    method(vm, t, "__setitem__", d_setitem, false);
    method(vm, t, "__delitem__", d_delitem, false);
    method(vm, t, "__contains__", d_contains, false);
    method(vm, t, "__len__", d_len, false);
    method(vm, t, "__iter__", d_iter, false);
    super::classmethod(vm, t, "fromkeys", d_fromkeys, false);
    for (name, f) in [
        ("_dict_probe", p_probe as crate::vm::NativeFn),
        ("_dict_value", p_value),
        ("_dict_set_value", p_set_value),
        ("_dict_remove", p_remove),
        ("_dict_append", p_append),
        ("_dict_missing", p_missing),
    ] {
        super::private_fn(vm, name, f);
    }
}
