//! `_collections`: the native `deque` and the namedtuple class factory that
//! the Python-written `collections` module builds on.

use super::{arg_count, check_kw, kwarg, method, module_fn, module_set, new_module};
use crate::vm::object::{class_flags, Class, Deque, Instance, Layout, Obj, Payload};
use crate::vm::ops::prelude_call;
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};
use std::collections::VecDeque;

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first() {
        Some(Value::Obj(h)) if matches!(vm.heap.get(*h), Obj::Deque(_)) => Ok(*h),
        _ => Err(vm.type_error("descriptor requires a 'collections.deque' object")),
    }
}

fn dq(vm: &mut Vm, h: Handle) -> &mut Deque {
    match vm.heap.get_mut(h) {
        Obj::Deque(d) => d,
        _ => unreachable!("checked"),
    }
}

fn push(d: &mut Deque, v: Value, left: bool) {
    if d.maxlen == Some(0) {
        return;
    }
    if left {
        d.items.push_front(v);
        if let Some(m) = d.maxlen {
            while d.items.len() > m {
                d.items.pop_back();
            }
        }
    } else {
        d.items.push_back(v);
        if let Some(m) = d.maxlen {
            while d.items.len() > m {
                d.items.pop_front();
            }
        }
    }
}

fn d_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "deque", kw, &["iterable", "maxlen"])?;
    let it = args.get(1).copied().or_else(|| kwarg(vm, kw, "iterable"));
    let maxlen = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxlen")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = super::int_arg(vm, v, "maxlen")?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let mut d = Deque {
        items: VecDeque::new(),
        maxlen,
    };
    let mut rest = None;
    if let Some(it) = it {
        match vm.collect_native(it)? {
            Some(items) => {
                for v in items {
                    push(&mut d, v, false);
                }
            }
            None => rest = Some(it),
        }
    }
    let v = vm.alloc(Obj::Deque(Box::new(d)));
    if let Some(it) = rest {
        return Err(prelude_call(vm, "_deque_fill", vec![v, it]));
    }
    Ok(v)
}

fn d_append(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "append", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    push(dq(vm, h), args[1], false);
    Ok(Value::None)
}

fn d_appendleft(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "appendleft", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    push(dq(vm, h), args[1], true);
    Ok(Value::None)
}

fn d_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    match dq(vm, h).items.pop_back() {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn d_popleft(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    match dq(vm, h).items.pop_front() {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend_impl(vm: &mut Vm, args: &[Value], left: bool) -> PyResult {
    arg_count(vm, "extend", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    match vm.collect_native(args[1])? {
        Some(items) => {
            for v in items {
                push(dq(vm, h), v, left);
            }
            Ok(Value::None)
        }
        None => {
            let name = if left {
                "_deque_extendleft"
            } else {
                "_deque_extend"
            };
            Err(prelude_call(vm, name, vec![args[0], args[1]]))
        }
    }
}

/// `d.extend(it)` (a prelude call when `it` needs Python code).
pub fn deque_extend(vm: &mut Vm, d: Handle, it: Value) -> PyResult<()> {
    extend_impl(vm, &[Value::Obj(d), it], false).map(|_| ())
}

fn d_extend(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    extend_impl(vm, args, false)
}
fn d_extendleft(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    extend_impl(vm, args, true)
}

fn d_rotate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let n = match args.get(1) {
        Some(v) => super::int_arg(vm, *v, "n")?,
        None => 1,
    };
    let d = dq(vm, h);
    let len = d.items.len() as i64;
    if len > 0 {
        let k = n.rem_euclid(len) as usize;
        d.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn d_insert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "insert", &args[1.min(args.len())..], 2, 2)?;
    let h = this(vm, args)?;
    let index = super::int_arg(vm, args[1], "index")?;
    let d = dq(vm, h);
    let n = d.items.len() as i64;
    if d.maxlen == Some(d.items.len()) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if index >= n {
        n
    } else if index <= -n {
        0
    } else if index < 0 {
        n + index
    } else {
        index
    };
    dq(vm, h).items.insert(at as usize, args[2]);
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    dq(vm, h).items.clear();
    Ok(Value::None)
}

fn d_reverse(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let d = dq(vm, h);
    let v: VecDeque<Value> = d.items.iter().rev().copied().collect();
    d.items = v;
    Ok(Value::None)
}

fn d_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let d = dq(vm, h);
    let c = Deque {
        items: d.items.clone(),
        maxlen: d.maxlen,
    };
    Ok(vm.alloc(Obj::Deque(Box::new(c))))
}

fn d_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let items: Vec<Value> = dq(vm, h).items.iter().copied().collect();
    let mut n = 0;
    for v in items {
        match vm.eq_native(v, args[1]) {
            Some(true) => n += 1,
            Some(false) => {}
            None => return Err(prelude_call(vm, "_seq_count", vec![args[0], args[1]])),
        }
    }
    Ok(Value::Int(n))
}

fn d_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    super::arg_count(vm, "index", &args[1..], 1, 3)?;
    let items: Vec<Value> = dq(vm, h).items.iter().copied().collect();
    for (i, v) in items.iter().enumerate() {
        match vm.eq_native(*v, args[1]) {
            Some(true) => return Ok(Value::Int(i as i64)),
            Some(false) => {}
            None => return Err(prelude_call(vm, "_seq_index", vec![args[0], args[1]])),
        }
    }
    let r = super::repr::repr_native(vm, args[1]).unwrap_or_default();
    let msg = format!("{} is not in deque", r);
    Err(vm.value_error(msg))
}

fn d_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let items: Vec<Value> = dq(vm, h).items.iter().copied().collect();
    for (i, v) in items.iter().enumerate() {
        match vm.eq_native(*v, args[1]) {
            Some(true) => {
                dq(vm, h).items.remove(i);
                return Ok(Value::None);
            }
            Some(false) => {}
            None => return Err(vm.type_error("deque.remove with custom equality is not supported")),
        }
    }
    Err(vm.value_error("deque.remove(x): x not in deque"))
}

fn d_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    Ok(Value::Int(dq(vm, h).items.len() as i64))
}

/// `_make_namedtuple(name, fields, defaults, base, module)`.
fn make_namedtuple(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "_make_namedtuple", args, 5, 5)?;
    let name = vm.str_of(args[0]).unwrap_or("?").to_string();
    let fields: Vec<Value> = vm
        .tuple_items(args[1])
        .into_iter()
        .map(|f| vm.intern_value(f))
        .collect();
    let Some(base) = vm.is_class(args[3]) else {
        return Err(vm.type_error("namedtuple base must be a class"));
    };
    let module = vm.str_of(args[4]).unwrap_or("__main__").to_string();
    let h = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: name.clone(),
        qualname: name,
        module,
        bases: vec![base],
        mro: vec![],
        dict: Default::default(),
        layout: Layout::Tuple,
        flags: class_flags::NAMEDTUPLE,
        fields: fields.clone(),
        slots: None,
    })));
    let mut mro = vec![h];
    mro.extend(vm.class(base).mro.iter().copied());
    vm.class_mut(h).mro = mro;
    let f = vm.compute_class_flags(h);
    vm.class_mut(h).flags = f | class_flags::NAMEDTUPLE;
    let ft = vm.new_tuple(fields.clone());
    super::class_set(vm, h, "_fields", ft);
    let defaults = vm.tuple_items(args[2]);
    let d = vm.new_dict();
    let start = fields.len().saturating_sub(defaults.len());
    for (f, v) in fields[start..].iter().zip(defaults.iter()) {
        super::dict::dict_set_str(vm, d, *f, *v);
    }
    super::class_set(vm, h, "_field_defaults", d);
    vm.invalidate_cache();
    Ok(Value::Obj(h))
}

/// Build a namedtuple instance from call arguments (positional, keyword, defaults).
pub fn namedtuple_new(vm: &mut Vm, cls: Handle, pos: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let fields = super::repr::namedtuple_fields(vm, cls);
    let n = fields.len();
    if pos.len() > n {
        let msg = format!(
            "{}.__new__() takes {} positional arguments but {} were given",
            vm.class(cls).name,
            n + 1,
            pos.len() + 1
        );
        return Err(vm.type_error(msg));
    }
    let mut vals: Vec<Value> = vec![Value::Null; n];
    vals[..pos.len()].copy_from_slice(pos);
    for (k, v) in kw {
        let ks = vm.str_of(*k).unwrap_or("").to_string();
        match fields
            .iter()
            .position(|f| vm.str_of(*f) == Some(ks.as_str()))
        {
            Some(i) => {
                if !vals[i].is_null() {
                    let msg = format!(
                        "{}.__new__() got multiple values for argument '{}'",
                        vm.class(cls).name,
                        ks
                    );
                    return Err(vm.type_error(msg));
                }
                vals[i] = *v;
            }
            None => {
                let msg = format!(
                    "{}.__new__() got an unexpected keyword argument '{}'",
                    vm.class(cls).name,
                    ks
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    let dk = vm.intern("_field_defaults");
    let defaults = vm.lookup_type(cls, dk);
    let mut missing = Vec::new();
    for i in 0..n {
        if vals[i].is_null() {
            let d = if defaults.is_null() {
                None
            } else {
                super::dict::dict_get_str(vm, defaults, fields[i])
            };
            match d {
                Some(v) => vals[i] = v,
                None => missing.push(format!("'{}'", vm.str_of(fields[i]).unwrap_or("?"))),
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!(
                "{}, and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        let msg = format!(
            "{}.__new__() missing {} required positional argument{}: {}",
            vm.class(cls).name,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        return Err(vm.type_error(msg));
    }
    let t = vm.new_tuple(vals);
    Ok(vm.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        dict: Default::default(),
        payload: Payload::Value(t),
        dict_obj: crate::vm::value::Value::Null,
    }))))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.deque;
    method(vm, t, "__new__", d_new, true);
    method(vm, t, "append", d_append, false);
    method(vm, t, "appendleft", d_appendleft, false);
    method(vm, t, "pop", d_pop, false);
    method(vm, t, "popleft", d_popleft, false);
    method(vm, t, "extend", d_extend, false);
    method(vm, t, "extendleft", d_extendleft, false);
    method(vm, t, "rotate", d_rotate, false);
    method(vm, t, "clear", d_clear, false);
    method(vm, t, "insert", d_insert, false);
    method(vm, t, "reverse", d_reverse, false);
    method(vm, t, "copy", d_copy, false);
    method(vm, t, "count", d_count, false);
    method(vm, t, "index", d_index, false);
    method(vm, t, "remove", d_remove, false);
    method(vm, t, "__len__", d_len, false);
    let (_, d) = new_module(vm, "_collections");
    module_set(vm, d, "deque", Value::Obj(t));
    module_fn(
        vm,
        "_collections",
        d,
        "_make_namedtuple",
        make_namedtuple,
        false,
    );
}
