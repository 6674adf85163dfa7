//! The builtin functions (`print`, `len`, `min`, `sorted`, `isinstance`, ...).
//! Each runs natively when no Python code is involved and hands the rest to
//! a continuation or to the prelude.

use super::{arg_count, builtin_fn, check_kw, int_arg, kwarg};
use crate::bytecode::BinOp;
use crate::vm::cont::ContKind;
use crate::vm::gen::GenAction;
use crate::vm::iter::Next;
use crate::vm::object::{class_flags, Obj, Payload};
use crate::vm::ops::{call_with_cont, is_python_callable, prelude_call};
use crate::vm::value::Value;
use crate::vm::{CallReq, Flow, PyResult, ResumeReq, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

fn f_print(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep_v = kwarg(vm, kw, "sep").unwrap_or(Value::None);
    let end_v = kwarg(vm, kw, "end").unwrap_or(Value::None);
    let file = kwarg(vm, kw, "file").unwrap_or(Value::None);
    let sep = match sep_v {
        Value::None => " ".to_string(),
        v => match vm.str_of(v) {
            Some(s) => s.to_string(),
            None => {
                let msg = format!("sep must be None or a string, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let end = match end_v {
        Value::None => "\n".to_string(),
        v => match vm.str_of(v) {
            Some(s) => s.to_string(),
            None => {
                let msg = format!("end must be None or a string, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let stream = super::sys::stream_id(vm, file);
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_text(*a) {
            Some(s) => out.push_str(&s),
            None => {
                let t = vm.new_tuple(args.to_vec());
                let s = vm.new_string(sep);
                let e = vm.new_string(end);
                return Err(prelude_call(vm, "_print_slow", vec![t, s, e, file]));
            }
        }
    }
    out.push_str(&end);
    match stream {
        Some(2) => vm.host.write_stderr(&out),
        Some(_) => vm.host.write_stdout(&out),
        None => {
            let s = vm.new_string(out);
            let w = vm.intern("write");
            let f = vm.get_attr(file, w)?;
            return Err(Flow::Call(Box::new(CallReq {
                func: f,
                args: vec![s],
                kw: vec![],
                cont: Some(ContKind::Replace(Value::None)),
                locals: Value::Null,
            })));
        }
    }
    Ok(Value::None)
}

pub(super) fn f_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "len", args, 1, 1)?;
    let v = args[0];
    if let Value::Obj(h) = v {
        let n = match vm.heap.get(h) {
            Obj::Str(s) => Some(s.nchars()),
            Obj::List(l) => Some(l.len()),
            Obj::Tuple(t) => Some(t.len()),
            Obj::Dict(d) => Some(d.len()),
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s.len()),
            Obj::Bytes(b) => Some(b.len()),
            Obj::Range(r) => Some(crate::vm::ops::range_len(r) as usize),
            Obj::Deque(d) => Some(d.items.len()),
            Obj::DictView(d, _) => Some(super::dict::dict_len(vm, *d)),
            _ => None,
        };
        if let Some(n) = n {
            return Ok(Value::Int(n as i64));
        }
        if let Obj::Instance(i) = vm.heap.get(h) {
            let cls = i.class;
            let payload = match i.payload {
                Payload::Value(p) => Some(p),
                _ => None,
            };
            let name = vm.n.len;
            let f = vm.lookup_type(cls, name);
            if is_python_callable(vm, f) {
                return Err(call_with_cont(f, vec![v], ContKind::CheckInt("__len__")));
            }
            if let Some(p) = payload {
                return f_len(vm, &[p], &[]);
            }
        }
    }
    let msg = format!("object of type '{}' has no len()", vm.type_name(v));
    Err(vm.type_error(msg))
}

fn f_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

fn f_ascii(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "ascii", args, 1, 1)?;
    match super::repr::repr_native(vm, args[0]) {
        Some(s) => {
            let a = super::strformat::ascii_of(&s);
            Ok(vm.new_string(a))
        }
        None => Err(prelude_call(vm, "_ascii_slow", vec![args[0]])),
    }
}

fn f_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "abs", args, 1, 1)?;
    if let Some(v) = super::numbers::abs_number(vm, args[0])? {
        return Ok(v);
    }
    dunder_call(vm, args[0], "__abs__", "bad operand type for abs(): '{}'")
}

/// Call a unary dunder of a user class, or raise TypeError with `msg`.
fn dunder_call(vm: &mut Vm, v: Value, name: &str, msg: &str) -> PyResult {
    let cls = vm.type_of(v);
    let n = vm.intern(name);
    let f = vm.lookup_type(cls, n);
    if is_python_callable(vm, f) {
        return Err(Flow::Call(Box::new(CallReq {
            func: f,
            args: vec![v],
            kw: vec![],
            cont: None,
            locals: Value::Null,
        })));
    }
    let p = vm.payload_or_self(v);
    if !p.is(v) {
        if let Some(r) = super::numbers::abs_number(vm, p)? {
            if name == "__abs__" {
                return Ok(r);
            }
        }
    }
    let m = msg.replace("{}", &vm.type_name(v));
    Err(vm.type_error(m))
}

fn all_any(vm: &mut Vm, args: &[Value], want: bool) -> PyResult {
    let name = if want { "any" } else { "all" };
    arg_count(vm, name, args, 1, 1)?;
    match vm.collect_native(args[0])? {
        Some(items) => {
            for v in items {
                match vm.truth_native(v) {
                    Some(t) => {
                        if t == want {
                            return Ok(Value::Bool(want));
                        }
                    }
                    None => {
                        return Err(prelude_call(
                            vm,
                            if want { "_any" } else { "_all" },
                            vec![args[0]],
                        ))
                    }
                }
            }
            Ok(Value::Bool(!want))
        }
        None => {
            vm.check_iterable(args[0])?;
            Err(prelude_call(
                vm,
                if want { "_any" } else { "_all" },
                vec![args[0]],
            ))
        }
    }
}

fn f_all(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    all_any(vm, args, false)
}
fn f_any(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    all_any(vm, args, true)
}

fn int_index(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match vm.to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], r: u32, prefix: &str, name: &str) -> PyResult {
    arg_count(vm, name, args, 1, 1)?;
    if let Some(f) = super::index_retry(vm, name, args) {
        return Err(f);
    }
    let b = int_index(vm, args[0])?;
    let s = crate::objects::format::int_to_base(&b, r, prefix);
    Ok(vm.new_string(s))
}

fn f_bin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    radix(vm, args, 2, "0b", "bin")
}
fn f_oct(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    radix(vm, args, 8, "0o", "oct")
}
fn f_hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    radix(vm, args, 16, "0x", "hex")
}

pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Function(_)
            | Obj::Native(_)
            | Obj::BoundMethod(_)
            | Obj::Class(_)
            | Obj::StaticMethod(_) => true,
            Obj::Instance(i) => vm.class(i.class).flags & class_flags::HAS_CALL != 0,
            _ => false,
        },
        _ => false,
    }
}

fn f_callable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, args[0])))
}

fn f_chr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "chr", args, 1, 1)?;
    if let Some(f) = super::index_retry(vm, "chr", args) {
        return Err(f);
    }
    let i = int_arg(vm, args[0], "chr")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_str(&c.to_string())),
        None => {
            if (0xd800..0xe000).contains(&i) {
                // Lone surrogates cannot live in a Rust string.
                return Err(vm.value_error("surrogate code points are not supported"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn f_ord(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "ord", args, 1, 1)?;
    if let Some(s) = vm.str_of(args[0]) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => {
                let n = s.chars().count();
                let msg = format!(
                    "ord() expected a character, but string of length {} found",
                    n
                );
                Err(vm.type_error(msg))
            }
        };
    }
    if let Value::Obj(h) = args[0] {
        if let Obj::Bytes(b) = vm.heap.get(h) {
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
        }
    }
    let msg = format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(args[0])
    );
    Err(vm.type_error(msg))
}

fn f_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let numeric = |v: Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
    let is_big =
        |vm: &Vm, v: Value| matches!(v, Value::Obj(h) if matches!(vm.heap.get(h), Obj::BigInt(_)));
    if (numeric(a) || is_big(vm, a)) && (numeric(b) || is_big(vm, b)) {
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    Err(prelude_call(vm, "_divmod_slow", vec![a, b]))
}

fn f_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "format", args, 1, 2)?;
    let spec = args.get(1).copied().unwrap_or(Value::Null);
    super::strformat::format_builtin(vm, args[0], spec)
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.str_of(v).is_none() {
        let msg = format!("attribute name must be string, not '{}'", vm.type_name(v));
        return Err(vm.type_error(msg));
    }
    Ok(vm.intern_value(v))
}

fn f_getattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match (vm.get_attr(args[0], name), args.get(2)) {
        (Ok(v), _) => Ok(v),
        (Err(Flow::Raise(e)), Some(d)) if vm.exc_matches(e, vm.t.attribute_error) => Ok(*d),
        (Err(Flow::Call(mut req)), Some(d)) => {
            req.cont = Some(ContKind::GetattrDefault(*d));
            Err(Flow::Call(req))
        }
        (Err(e), _) => Err(e),
    }
}

fn f_hasattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(Flow::Raise(e)) if vm.exc_matches(e, vm.t.attribute_error) => Ok(Value::Bool(false)),
        Err(Flow::Call(mut req)) => {
            req.cont = Some(ContKind::HasAttr);
            Err(Flow::Call(req))
        }
        Err(e) => Err(e),
    }
}

fn f_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.set_attr(args[0], name, args[2]) {
        Ok(()) => Ok(Value::None),
        Err(Flow::Call(mut req)) => {
            req.cont = Some(ContKind::Replace(Value::None));
            Err(Flow::Call(req))
        }
        Err(e) => Err(e),
    }
}

fn f_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.del_attr(args[0], name) {
        Ok(()) => Ok(Value::None),
        Err(Flow::Call(mut req)) => {
            req.cont = Some(ContKind::Replace(Value::None));
            Err(Flow::Call(req))
        }
        Err(e) => Err(e),
    }
}

fn f_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "hash", args, 1, 1)?;
    match vm.hash_value(args[0]) {
        Ok(crate::vm::ops::Hashed::Hash(h)) => Ok(Value::Int(h)),
        Ok(crate::vm::ops::Hashed::Python) => {
            let cls = vm.type_of(args[0]);
            let n = vm.n.hash;
            let f = vm.lookup_type(cls, n);
            Err(call_with_cont(
                f,
                vec![args[0]],
                ContKind::CheckInt("__hash__"),
            ))
        }
        Err(msg) => Err(vm.type_error(msg)),
    }
}

fn f_id(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(h) => 140_000_000_000_000 + h.0 as i64 * 48,
        Value::Int(i) => 9_000_000_000 + i.wrapping_mul(32),
        Value::Float(f) => 8_000_000_000 + (f.to_bits() as i64 & 0xffffff),
        Value::Bool(b) => 7_000_000_000 + b as i64,
        _ => 6_000_000_000,
    }))
}

fn f_input(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = match vm.str_text(*p) {
            Some(s) => s,
            None => return Err(prelude_call(vm, "_input_slow", vec![*p])),
        };
        vm.host.write_stdout(&s);
    }
    vm.host.flush();
    vm.read_line_running()
}

fn class_check(vm: &mut Vm, cls: Value, what: &str) -> PyResult<Vec<crate::vm::value::Handle>> {
    if let Some(h) = vm.is_class(cls) {
        return Ok(vec![h]);
    }
    if let Value::Obj(h) = cls {
        if let Obj::Tuple(items) = vm.heap.get(h) {
            let items = items.to_vec();
            let mut out = Vec::new();
            for i in items {
                out.extend(class_check(vm, i, what)?);
            }
            return Ok(out);
        }
    }
    let msg = format!(
        "{}() arg 2 must be a type, a tuple of types, or a union",
        what
    );
    Err(vm.type_error(msg))
}

fn f_isinstance(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "isinstance", args, 2, 2)?;
    if let Some(c) = vm.is_class(args[1]) {
        return Ok(Value::Bool(vm.isinstance(args[0], c)));
    }
    let classes = class_check(vm, args[1], "isinstance")?;
    Ok(Value::Bool(
        classes.iter().any(|c| vm.isinstance(args[0], *c)),
    ))
}

fn f_issubclass(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "issubclass", args, 2, 2)?;
    let Some(a) = vm.is_class(args[0]) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_check(vm, args[1], "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|c| {
        vm.is_subclass(a, *c) || (*c == vm.t.int && a == vm.t.bool_)
    })))
}

fn f_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Err(prelude_call(vm, "_iter_sentinel", vec![args[0], args[1]]));
    }
    vm.get_iter(args[0])
}

fn f_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "next", args, 1, 2)?;
    let it = args[0];
    let default = args.get(1).copied();
    let cont = default.map(ContKind::NextDefault);
    if let Value::Obj(h) = it {
        match vm.heap.get(h) {
            Obj::Iter(_) => {
                return match vm.iter_next(h)? {
                    Next::Value(v) => Ok(v),
                    Next::Done => match default {
                        Some(d) => Ok(d),
                        None => Err(vm.stop_iteration(Value::None)),
                    },
                    Next::NotNative => {
                        Err(vm.runtime_error("iterator cannot be advanced natively"))
                    }
                };
            }
            Obj::Generator(_) => {
                return Err(Flow::Resume(Box::new(ResumeReq {
                    gen: h,
                    action: GenAction::Send(Value::None),
                    cont,
                })));
            }
            _ => {}
        }
    }
    let cls = vm.type_of(it);
    let n = vm.n.next;
    let f = vm.lookup_type(cls, n);
    if f.is_null() {
        let msg = format!("'{}' object is not an iterator", vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    Err(Flow::Call(Box::new(CallReq {
        func: f,
        args: vec![it],
        kw: vec![],
        cont,
        locals: Value::Null,
    })))
}

/// Items for min/max: the single iterable or the arguments themselves.
fn minmax(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    check_kw(vm, name, kw, &["key", "default"])?;
    let key = kwarg(vm, kw, "key").unwrap_or(Value::None);
    let default = kwarg(vm, kw, "default");
    if args.is_empty() {
        let msg = format!("{} expected at least 1 argument, got 0", name);
        return Err(vm.type_error(msg));
    }
    if args.len() > 1 && default.is_some() {
        let msg = format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        );
        return Err(vm.type_error(msg));
    }
    let source = if args.len() == 1 {
        args[0]
    } else {
        vm.new_tuple(args.to_vec())
    };
    let slow = |vm: &mut Vm| {
        let d = default.unwrap_or_else(|| vm.prelude_fn("_missing_marker"));
        prelude_call(vm, "_minmax", vec![source, key, d, Value::Bool(is_max)])
    };
    if !key.is_none() {
        return Err(slow(vm));
    }
    let Some(items) = vm.collect_native(source)? else {
        vm.check_iterable(source)?;
        return Err(slow(vm));
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => {
                let msg = format!("{}() arg is an empty sequence", name);
                Err(vm.value_error(msg))
            }
        };
    }
    let mut best = items[0];
    // max takes v when v > best; min when v < best.
    let op = if is_max {
        crate::bytecode::CmpOp::Gt
    } else {
        crate::bytecode::CmpOp::Lt
    };
    for &v in &items[1..] {
        let better = match vm.compare_native(op, v, best)? {
            Some(b) => b,
            None => return Err(slow(vm)),
        };
        if better {
            best = v;
        }
    }
    Ok(best)
}

fn f_max(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    minmax(vm, args, kw, true)
}
fn f_min(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    minmax(vm, args, kw, false)
}

fn f_sum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "sum", kw, &["start"])?;
    arg_count(vm, "sum", args, 1, 2)?;
    let start = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "start"))
        .unwrap_or(Value::Int(0));
    if vm.exact_str(start).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let Some(items) = vm.collect_native(args[0])? else {
        vm.check_iterable(args[0])?;
        return Err(prelude_call(vm, "_sum_slow", vec![args[0], start]));
    };
    let mut acc = start;
    for (i, v) in items.iter().enumerate() {
        let both_num = |x: Value| matches!(x, Value::Int(_) | Value::Float(_) | Value::Bool(_));
        let big_or_seq = matches!(*v, Value::Obj(h) if matches!(vm.heap.get(h), Obj::BigInt(_) | Obj::List(_) | Obj::Tuple(_)));
        let numbers = both_num(acc) && both_num(*v);
        if !numbers && !big_or_seq {
            let rest = vm.new_list(items[i..].to_vec());
            return Err(prelude_call(vm, "_sum_slow", vec![rest, acc]));
        }
        acc = match (acc, *v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(BinOp::Add, acc, *v)?,
        };
    }
    Ok(acc)
}

fn f_round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "round", kw, &["number", "ndigits"])?;
    let x = args.first().copied().or_else(|| kwarg(vm, kw, "number"));
    let Some(x) = x else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "ndigits"))
        .filter(|v| !v.is_none());
    if let Some(n) = nd {
        if vm.has_py_index(n) {
            return Err(crate::vm::ops::prelude_call(
                vm,
                "_round_indexed",
                vec![x, n],
            ));
        }
    }
    if let Value::Obj(h) = x {
        if let Obj::Instance(i) = vm.heap.get(h) {
            let cls = i.class;
            let n = vm.n.round;
            let f = vm.lookup_type(cls, n);
            if is_python_callable(vm, f) {
                let mut a = vec![x];
                if let Some(n) = nd {
                    a.push(n);
                }
                return Err(Flow::Call(Box::new(CallReq {
                    func: f,
                    args: a,
                    kw: vec![],
                    cont: None,
                    locals: Value::Null,
                })));
            }
        }
    }
    super::numbers::round_number(vm, x, nd)
}

fn f_pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "pow", kw, &["base", "exp", "mod"])?;
    let base = args.first().copied().or_else(|| kwarg(vm, kw, "base"));
    let exp = args.get(1).copied().or_else(|| kwarg(vm, kw, "exp"));
    let m = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "mod"))
        .filter(|v| !v.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument"));
    };
    let Some(m) = m else {
        return vm.binary_op(BinOp::Pow, base, exp);
    };
    if let Value::Obj(h) = base {
        if let Obj::Instance(i) = vm.heap.get(h) {
            let cls = i.class;
            let n = vm.n.binops[BinOp::Pow as usize][0];
            let f = vm.lookup_type(cls, n);
            if is_python_callable(vm, f) {
                return Err(Flow::Call(Box::new(CallReq {
                    func: f,
                    args: vec![base, exp, m],
                    kw: vec![],
                    cont: None,
                    locals: Value::Null,
                })));
            }
        }
    }
    let (Some(b), Some(e), Some(md)) = (vm.to_bigint(base), vm.to_bigint(exp), vm.to_bigint(m))
    else {
        let is_num = |vm: &Vm, v: Value| matches!(v, Value::Float(_)) || vm.to_bigint(v).is_some();
        if [base, exp, m].iter().all(|v| is_num(vm, *v)) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(m)
        );
        return Err(vm.type_error(msg));
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        // Modular inverse, then power.
        let inv = match mod_inverse(&b, &md) {
            Some(i) => i,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        pow_mod(&inv, &(-e), &md.abs())
    } else {
        pow_mod(&b, &e, &md.abs())
    };
    // Result takes the sign of the modulus.
    let r = if md.is_negative() && !r.is_zero() {
        r + &md
    } else {
        r
    };
    Ok(vm.new_bigint(r))
}

/// `base ** exp % m` in `[0, m)`, for `exp >= 0` and `m > 0`.
///
/// num-bigint's `modpow` works at the modulus's full width from its first
/// step (Montgomery form), so a small base with a huge modulus costs as
/// much as a full-width one: `pow(3, 2000, 10**40000 + 7)` took 0.9 s
/// natively (CPython: 7 µs), and a program could stall the runtime for
/// hours in one instruction. So, as CPython's square-and-multiply does, the
/// power is built while it stays below the modulus (nothing to reduce),
/// and only the bits left once it reaches the modulus's width go to
/// `modpow`. A base that is already that wide goes to `modpow` at once.
fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> BigInt {
    use num_integer::Integer;
    let base = base.mod_floor(m);
    if base.bits() * 2 > m.bits() {
        return base.modpow(exp, m);
    }
    let mut r = BigInt::from(1) % m;
    let mut i = exp.bits();
    while i > 0 && r.bits() < m.bits() {
        i -= 1;
        r = &r * &r;
        if exp.bit(i) {
            r *= &base;
        }
        r = r.mod_floor(m);
    }
    if i == 0 {
        return r;
    }
    // r = base ** (the exponent's bits above i): the rest at full width.
    let low = exp & ((BigInt::from(1) << i) - 1);
    let high = r.modpow(&(BigInt::from(1) << i), m);
    (high * base.modpow(&low, m)).mod_floor(m)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn f_sorted(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(vm, "sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let key = kwarg(vm, kw, "key").unwrap_or(Value::None);
    let reverse = kwarg(vm, kw, "reverse").unwrap_or(Value::Bool(false));
    vm.reserve_for(args[0])?;
    let Some(items) = vm.collect_native(args[0])? else {
        vm.check_iterable(args[0])?;
        return Err(prelude_call(
            vm,
            "_sorted_slow",
            vec![args[0], key, reverse],
        ));
    };
    let l = vm.new_list(items);
    let Value::Obj(lh) = l else { unreachable!() };
    let rev = vm.truth_native(reverse).unwrap_or(false);
    match super::list::sort_list(vm, lh, key, rev) {
        Ok(()) => Ok(l),
        Err(Flow::Call(mut req)) => {
            // The sort continues in Python; the result is the list.
            req.cont = Some(ContKind::Replace(l));
            Err(Flow::Call(req))
        }
        Err(e) => Err(e),
    }
}

/// The "Did you mean" name for an uncaught NameError/AttributeError.
fn p_exc_suggestion(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "_exc_suggestion", args, 1, 1)?;
    Ok(match vm.exc_suggestion(args[0])? {
        Some(s) => vm.new_string(s),
        None => Value::None,
    })
}

fn f_vars(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "vars", args, 0, 1)?;
    match args.first() {
        Some(v) => {
            let n = vm.n.dict;
            match vm.get_attr(*v, n) {
                Ok(d) => Ok(d),
                Err(Flow::Raise(_)) => {
                    Err(vm.type_error("vars() argument must have __dict__ attribute"))
                }
                Err(e) => Err(e),
            }
        }
        None => f_locals(vm, args, &[]),
    }
}

/// Sorted attribute names, as `dir()` lists them.
pub fn dir_of(vm: &mut Vm, v: Value) -> PyResult {
    let mut names: Vec<String> = Vec::new();
    let add = |vm: &Vm, k: Value, names: &mut Vec<String>| {
        if let Some(s) = vm.str_of(k) {
            if !names.iter().any(|n| n == s) {
                names.push(s.to_string());
            }
        }
    };
    if let Value::Obj(h) = v {
        match vm.heap.get(h) {
            Obj::Module(m) => {
                for (k, _) in super::dict::dict_items(vm, Value::Obj(m.dict)) {
                    add(vm, k, &mut names);
                }
            }
            Obj::Class(c) => {
                for k in c.mro.clone() {
                    for e in vm.class(k).dict.iter() {
                        add(vm, e.key, &mut names);
                    }
                }
            }
            Obj::Instance(_) => {
                for (k, _) in vm.instance_attrs(h) {
                    add(vm, k, &mut names);
                }
            }
            _ => {}
        }
    }
    if vm.is_class(v).is_none()
        && !matches!(v, Value::Obj(h) if matches!(vm.heap.get(h), Obj::Module(_)))
    {
        let cls = vm.type_of(v);
        for k in vm.class(cls).mro.clone() {
            for e in vm.class(k).dict.iter() {
                add(vm, e.key, &mut names);
            }
        }
    }
    names.sort();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

fn f_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "dir", args, 0, 1)?;
    match args.first() {
        Some(v) => dir_of(vm, *v),
        None => {
            let d = f_locals(vm, &[], &[])?;
            let mut keys: Vec<String> = super::dict::dict_items(vm, d)
                .iter()
                .filter_map(|(k, _)| vm.str_of(*k).map(|s| s.to_string()))
                .collect();
            keys.sort();
            let vals: Vec<Value> = keys.iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(vals))
        }
    }
}

fn f_globals(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match vm.cur.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(Value::Obj(vm.main_globals)),
    }
}

fn f_locals(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(f) = vm.cur.frames.last() else {
        return Ok(Value::Obj(vm.main_globals));
    };
    if let Some(l) = f.locals.get() {
        return Ok(Value::Obj(l));
    }
    let code = f.code.code.clone();
    if code.flags & crate::bytecode::code_flags::MODULE != 0 {
        return Ok(Value::Obj(f.globals));
    }
    let base = f.base as usize;
    let d = vm.new_dict();
    for (i, name) in code.varnames.iter().enumerate() {
        let mut v = vm.cur.stack[base + i];
        if i >= code.nlocals as usize {
            if let Value::Obj(h) = v {
                if let Obj::Cell(c) = vm.heap.get(h) {
                    v = *c;
                }
            }
        }
        if !v.is_null() {
            let k = vm.new_str(name);
            super::dict::dict_set_str(vm, d, k, v);
        }
    }
    Ok(d)
}

fn f_complex(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Err(vm.value_error("complex numbers are not supported by Weft"))
}

fn f_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Err(Flow::Raise(
        vm.new_exception(vm.t.system_exit, args.to_vec()),
    ))
}

pub fn install(vm: &mut Vm) {
    builtin_fn(vm, "print", f_print, true);
    builtin_fn(vm, "len", f_len, false);
    builtin_fn(vm, "repr", f_repr, false);
    builtin_fn(vm, "ascii", f_ascii, false);
    builtin_fn(vm, "abs", f_abs, false);
    builtin_fn(vm, "all", f_all, false);
    builtin_fn(vm, "any", f_any, false);
    builtin_fn(vm, "bin", f_bin, false);
    builtin_fn(vm, "oct", f_oct, false);
    builtin_fn(vm, "hex", f_hex, false);
    builtin_fn(vm, "callable", f_callable, false);
    builtin_fn(vm, "chr", f_chr, false);
    builtin_fn(vm, "ord", f_ord, false);
    builtin_fn(vm, "divmod", f_divmod, false);
    builtin_fn(vm, "format", f_format, false);
    builtin_fn(vm, "getattr", f_getattr, false);
    builtin_fn(vm, "hasattr", f_hasattr, false);
    builtin_fn(vm, "setattr", f_setattr, false);
    builtin_fn(vm, "delattr", f_delattr, false);
    builtin_fn(vm, "hash", f_hash, false);
    builtin_fn(vm, "id", f_id, false);
    builtin_fn(vm, "input", f_input, false);
    builtin_fn(vm, "isinstance", f_isinstance, false);
    builtin_fn(vm, "issubclass", f_issubclass, false);
    builtin_fn(vm, "iter", f_iter, false);
    builtin_fn(vm, "next", f_next, false);
    builtin_fn(vm, "max", f_max, true);
    builtin_fn(vm, "min", f_min, true);
    builtin_fn(vm, "sum", f_sum, true);
    builtin_fn(vm, "round", f_round, true);
    builtin_fn(vm, "pow", f_pow, true);
    builtin_fn(vm, "sorted", f_sorted, true);
    builtin_fn(vm, "vars", f_vars, false);
    super::private_fn(vm, "_exc_suggestion", p_exc_suggestion);
    builtin_fn(vm, "dir", f_dir, false);
    builtin_fn(vm, "globals", f_globals, false);
    builtin_fn(vm, "locals", f_locals, false);
    builtin_fn(vm, "exit", f_exit, false);
    builtin_fn(vm, "complex", f_complex, true);
    builtin_fn(vm, "quit", f_exit, false);
    let bc = super::native(
        vm,
        "__build_class__",
        "__build_class__",
        crate::vm::class::build_class,
        true,
    );
    vm.build_class_fn = bc;
    super::set_builtin(vm, "__build_class__", bc);
}
