//! Constructors of builtin types that are not containers or numbers:
//! `type`, `property`, `staticmethod`, `classmethod`, `super`, `range`,
//! `slice`, `enumerate`, `zip`, `reversed`.

use super::{arg_count, check_kw, int_arg, kwarg, method, set_builtin};
use crate::vm::object::{IterState, Obj};
use crate::vm::ops::{prelude_call, range_len};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn type_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match args.len() {
        2 => Ok(Value::Obj(vm.type_of(args[1]))),
        4 => {
            if vm.str_of(args[1]).is_none() {
                return Err(vm.type_error("type.__new__() argument 1 must be str"));
            }
            let ns = vm.new_dict();
            let items = super::dict::dict_items(vm, args[3]);
            for (k, v) in items {
                super::dict::dict_set_str(vm, ns, k, v);
            }
            let qual = vm.intern("__qualname__");
            if super::dict::dict_get_str(vm, ns, qual).is_none() {
                super::dict::dict_set_str(vm, ns, qual, args[1]);
            }
            let modk = vm.intern("__module__");
            if super::dict::dict_get_str(vm, ns, modk).is_none() {
                let m = vm.new_str("__main__");
                super::dict::dict_set_str(vm, ns, modk, m);
            }
            crate::vm::class::type_new(vm, args[1], args[2], ns)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(c) = vm.is_class(args[0]) else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let m: Vec<Value> = vm.class(c).mro.iter().map(|h| Value::Obj(*h)).collect();
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(c) = vm.is_class(args[0]) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    // Only user-defined classes are visible; builtin internals stay hidden.
    let subs: Vec<Value> = vm
        .heap
        .iter()
        .filter_map(|(h, o)| match o {
            Obj::Class(k)
                if k.bases.contains(&c)
                    && k.flags & crate::vm::object::class_flags::BUILTIN == 0 =>
            {
                Some(Value::Obj(h))
            }
            _ => None,
        })
        .collect();
    Ok(vm.new_list(subs))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, name: &str| {
        args.get(i)
            .copied()
            .or_else(|| kwarg(vm, kw, name))
            .unwrap_or(Value::None)
    };
    let fget = get(1, "fget");
    let fset = get(2, "fset");
    let fdel = get(3, "fdel");
    let mut doc = get(4, "doc");
    if doc.is_none() && !fget.is_none() {
        if let Value::Obj(h) = fget {
            if let Obj::Function(f) = vm.heap.get(h) {
                doc = f.doc;
            }
        }
    }
    Ok(vm.alloc(Obj::Property(Box::new([fget, fset, fdel, doc]))))
}

fn property_parts(vm: &mut Vm, v: Value) -> PyResult<[Value; 4]> {
    match v {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Property(p) => Ok(**p),
            _ => Err(vm.type_error("descriptor requires a 'property' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn prop_with(vm: &mut Vm, args: &[Value], slot: usize) -> PyResult {
    arg_count(vm, "setter", &args[1.min(args.len())..], 1, 1)?;
    let mut p = property_parts(vm, args[0])?;
    p[slot] = args[1];
    Ok(vm.alloc(Obj::Property(Box::new(p))))
}

fn prop_getter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    prop_with(vm, args, 2)
}

fn prop_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = property_parts(vm, args[0])?;
    if args.len() < 2 || args[1].is_none() {
        return Ok(args[0]);
    }
    Err(crate::vm::ops::call_with_cont(
        p[0],
        vec![args[1]],
        crate::vm::cont::ContKind::Replace(Value::Null),
    ))
    .map_err(|e| match e {
        crate::vm::Flow::Call(mut r) => {
            r.cont = None;
            crate::vm::Flow::Call(r)
        }
        other => other,
    })
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "staticmethod", &args[1..], 1, 1)?;
    Ok(vm.alloc(Obj::StaticMethod(args[1])))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "classmethod", &args[1..], 1, 1)?;
    Ok(vm.alloc(Obj::ClassMethod(args[1])))
}

/// `super()` or `super(type, obj)`.
fn super_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let (start, obj) = match args.len() {
        3 => (args[1], args[2]),
        1 => {
            // Zero-argument form: the caller's __class__ cell and first argument.
            let Some(frame) = vm.cur.frames.last() else {
                return Err(vm.runtime_error("super(): no current frame"));
            };
            let code = frame.code.code.clone();
            let base = frame.base as usize;
            if code.argcount == 0 && code.flags & crate::bytecode::code_flags::VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let Some(ci) = code.freevars.iter().position(|n| n == "__class__") else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let slot = code.nlocals as usize + code.cellvars.len() + ci;
            let cell = vm.cur.stack[base + slot];
            let cls = match cell {
                Value::Obj(h) => match vm.heap.get(h) {
                    Obj::Cell(v) => *v,
                    _ => Value::Null,
                },
                _ => Value::Null,
            };
            if cls.is_null() {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            }
            // The first argument may itself live in a cell.
            let mut first = vm.cur.stack[base];
            if let Some(pos) = code.cell_params.iter().position(|p| *p == Some(0)) {
                let cslot = code.nlocals as usize + pos;
                if let Value::Obj(h) = vm.cur.stack[base + cslot] {
                    if let Obj::Cell(v) = vm.heap.get(h) {
                        first = *v;
                    }
                }
            }
            if first.is_null() {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            (cls, first)
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let Some(sc) = vm.is_class(start) else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    let ok = match vm.is_class(obj) {
        Some(oc) => vm.is_subclass(oc, sc),
        None => vm.isinstance(obj, sc),
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.alloc(Obj::Super(Box::new([start, obj]))))
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let a = &args[1..];
    arg_count(vm, "range", a, 1, 3)?;
    if let Some(f) = super::index_retry(vm, "range", a) {
        return Err(f);
    }
    if a.iter()
        .any(|v| matches!(v, Value::Obj(h) if matches!(vm.heap.get(*h), Obj::BigInt(_))))
    {
        return Err(prelude_call(vm, "_big_range", a.to_vec()));
    }
    let mut ints = Vec::new();
    for v in a {
        match vm.index_value(*v)? {
            Some(i) if !matches!(v, Value::Obj(_)) || vm.to_bigint(*v).is_some() => ints.push(i),
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(*v)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(Obj::Range(Box::new([start, stop, step]))))
}

fn range_count_index(vm: &mut Vm, args: &[Value], index: bool) -> PyResult {
    arg_count(vm, if index { "index" } else { "count" }, args, 2, 2)?;
    let Value::Obj(h) = args[0] else {
        return Err(vm.type_error("range method"));
    };
    let Obj::Range(r) = vm.heap.get(h) else {
        return Err(vm.type_error("range method"));
    };
    let r = **r;
    let Value::Int(x) = args[1] else {
        return if index {
            Err(vm.value_error("value is not in range"))
        } else {
            Ok(Value::Int(0))
        };
    };
    let n = range_len(&r);
    let inside = if r[2] > 0 {
        r[0] <= x && x < r[1]
    } else {
        r[1] < x && x <= r[0]
    };
    let hit = inside && (x - r[0]) % r[2] == 0 && n > 0;
    if index {
        if hit {
            Ok(Value::Int((x - r[0]) / r[2]))
        } else {
            let msg = format!("{} is not in range", x);
            Err(vm.value_error(msg))
        }
    } else {
        Ok(Value::Int(hit as i64))
    }
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    range_count_index(vm, args, true)
}
fn range_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    range_count_index(vm, args, false)
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let a = &args[1..];
    arg_count(vm, "slice", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0], Value::None),
        2 => (a[0], a[1], Value::None),
        _ => (a[0], a[1], a[2]),
    };
    Ok(vm.alloc(Obj::Slice(Box::new([start, stop, step]))))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "indices", args, 2, 2)?;
    let n = int_arg(vm, args[1], "length")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = vm.slice_indices(args[0], n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(s.start),
        Value::Int(s.stop),
        Value::Int(s.step),
    ]))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "enumerate", kw, &["iterable", "start"])?;
    let it = match args.get(1).copied().or_else(|| kwarg(vm, kw, "iterable")) {
        Some(i) => i,
        None => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))
        }
    };
    let start_v = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "start"))
        .unwrap_or(Value::Int(0));
    let start = match start_v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(start_v)
            );
            return Err(vm.type_error(msg));
        }
    };
    vm.check_iterable(it)?;
    if vm.is_native_iterable(it) {
        let inner = vm.get_iter(it)?;
        return Ok(vm.new_iter(IterState::Enumerate {
            it: inner,
            count: start,
        }));
    }
    Err(prelude_call(
        vm,
        "_enumerate_gen",
        vec![it, Value::Int(start)],
    ))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "zip", kw, &["strict"])?;
    let strict = kwarg(vm, kw, "strict")
        .map(|v| vm.truth_native(v).unwrap_or(false))
        .unwrap_or(false);
    for (i, a) in args[1..].iter().enumerate() {
        if !vm.is_iterable(*a) {
            let msg = format!("zip argument #{} must support iteration", i + 1);
            return Err(vm.type_error(msg));
        }
    }
    if !strict && args[1..].iter().all(|a| vm.is_native_iterable(*a)) {
        let mut its = Vec::new();
        for a in &args[1..] {
            its.push(vm.get_iter(*a)?);
        }
        return Ok(vm.new_iter(IterState::Zip { its }));
    }
    let t = vm.new_tuple(args[1..].to_vec());
    Err(prelude_call(vm, "_zip_slow", vec![t, Value::Bool(strict)]))
}

fn reversed_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "reversed", &args[1..], 1, 1)?;
    let seq = vm.payload_or_self(args[1]);
    if let Value::Obj(h) = seq {
        match vm.heap.get(h) {
            Obj::List(l) => {
                let n = l.len();
                return Ok(vm.new_iter(IterState::Reversed { seq, idx: n }));
            }
            Obj::Tuple(t) => {
                let n = t.len();
                return Ok(vm.new_iter(IterState::Reversed { seq, idx: n }));
            }
            Obj::Deque(d) => {
                let n = d.items.len();
                return Ok(vm.new_iter(IterState::Reversed { seq, idx: n }));
            }
            Obj::Range(r) => {
                let r = **r;
                let n = range_len(&r);
                let last = r[0] + (n - 1) * r[2];
                let stop = r[0] - r[2];
                return Ok(vm.new_iter(IterState::Range {
                    cur: if n == 0 { stop } else { last },
                    stop,
                    step: -r[2],
                }));
            }
            Obj::Bytes(b) => {
                let vals: Vec<Value> = b.iter().rev().map(|x| Value::Int(*x as i64)).collect();
                let l = vm.new_tuple(vals);
                return Ok(vm.new_iter(IterState::Seq { seq: l, idx: 0 }));
            }
            Obj::Str(s) => {
                let chars: Vec<Value> = s
                    .as_str()
                    .chars()
                    .rev()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .iter()
                    .map(|c| vm.new_str(c))
                    .collect();
                let l = vm.new_tuple(chars);
                return Ok(vm.new_iter(IterState::Seq { seq: l, idx: 0 }));
            }
            Obj::Dict(d) => {
                let mut keys = d.keys();
                keys.reverse();
                let l = vm.new_tuple(keys);
                return Ok(vm.new_iter(IterState::Seq { seq: l, idx: 0 }));
            }
            Obj::DictView(..) => {
                let items = vm.collect_native(seq)?.unwrap_or_default();
                let mut items = items;
                items.reverse();
                let l = vm.new_tuple(items);
                return Ok(vm.new_iter(IterState::Seq { seq: l, idx: 0 }));
            }
            _ => {}
        }
    }
    Err(prelude_call(vm, "_reversed_slow", vec![args[1]]))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.type_;
    method(vm, t, "__new__", type_new, false);
    method(vm, t, "mro", type_mro, false);
    method(vm, t, "__subclasses__", type_subclasses, false);
    let p = vm.t.property;
    method(vm, p, "__new__", property_new, true);
    method(vm, p, "getter", prop_getter, false);
    method(vm, p, "setter", prop_setter, false);
    method(vm, p, "deleter", prop_deleter, false);
    method(vm, p, "__get__", prop_get, false);
    let sm = vm.t.staticmethod;
    method(vm, sm, "__new__", staticmethod_new, false);
    let cm = vm.t.classmethod;
    method(vm, cm, "__new__", classmethod_new, false);
    let su = vm.t.super_;
    method(vm, su, "__new__", super_new, false);
    let r = vm.t.range;
    method(vm, r, "__new__", range_new, false);
    method(vm, r, "index", range_index, false);
    method(vm, r, "count", range_count, false);
    method(vm, r, "__len__", super::functions::f_len, false);
    method(vm, r, "__getitem__", super::str::s_getitem, false);
    method(vm, r, "__contains__", super::str::s_contains, false);
    method(vm, r, "__iter__", super::str::s_iter, false);
    let s = vm.t.slice;
    method(vm, s, "__new__", slice_new, false);
    method(vm, s, "indices", slice_indices, false);
    let e = vm.t.enumerate;
    method(vm, e, "__new__", enumerate_new, true);
    let z = vm.t.zip;
    method(vm, z, "__new__", zip_new, true);
    let rv = vm.t.reversed;
    method(vm, rv, "__new__", reversed_new, false);
    let names: Vec<(&str, crate::vm::value::Handle)> = vec![
        ("object", vm.t.object),
        ("type", vm.t.type_),
        ("int", vm.t.int),
        ("bool", vm.t.bool_),
        ("float", vm.t.float),
        ("str", vm.t.str_),
        ("bytes", vm.t.bytes),
        ("list", vm.t.list),
        ("tuple", vm.t.tuple),
        ("dict", vm.t.dict),
        ("set", vm.t.set),
        ("frozenset", vm.t.frozenset),
        ("range", vm.t.range),
        ("slice", vm.t.slice),
        ("property", vm.t.property),
        ("staticmethod", vm.t.staticmethod),
        ("classmethod", vm.t.classmethod),
        ("super", vm.t.super_),
        ("enumerate", vm.t.enumerate),
        ("zip", vm.t.zip),
        ("reversed", vm.t.reversed),
    ];
    for (n, h) in names {
        set_builtin(vm, n, Value::Obj(h));
    }
    let ni = vm.t.not_implemented;
    set_builtin(vm, "NotImplemented", ni);
    let el = vm.t.ellipsis;
    set_builtin(vm, "Ellipsis", el);
}
