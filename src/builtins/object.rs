//! `object`'s own methods (what `super().__init__()` and friends reach), and
//! the exception base class's.

use super::{method, repr};
use crate::vm::object::{class_flags, Layout};
use crate::vm::ops::identity_hash;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// `object.__new__(cls, *args)`.
fn o_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(cls) = args.first().and_then(|c| vm.is_class(*c)) else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if vm.class(cls).layout == Layout::Exception {
        let inst = vm.new_exception(cls, args[1..].to_vec());
        return Ok(inst);
    }
    if args.len() > 1 && cls == vm.t.object {
        return Err(vm.type_error("object() takes no arguments"));
    }
    Ok(Value::Obj(vm.heap.instance(cls, 0)))
}

/// `object.__init__(self, *args)`: extra arguments are an error unless the
/// class overrides `__new__` (and not `__init__`), as in CPython.
fn o_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if args.len() > 1 || !kw.is_empty() {
        let cls = vm.type_of(args[0]);
        let (ni, nn) = (vm.n.init, vm.n.new);
        let init = vm.lookup_type(cls, ni);
        let new = vm.lookup_type(cls, nn);
        let object_init = vm.lookup_type(vm.t.object, ni);
        let object_new = vm.lookup_type(vm.t.object, nn);
        if !init.is(object_init) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new.is(object_new) {
            let msg = format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.class(cls).name
            );
            return Err(vm.type_error(msg));
        }
    }
    Ok(Value::None)
}

fn o_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args[0];
    let cls = vm.type_of(v);
    let c = vm.class(cls);
    let qual = if c.module == "builtins" {
        c.qualname.clone()
    } else {
        format!("{}.{}", c.module, c.qualname)
    };
    let addr = repr::address(v.handle().unwrap_or(crate::vm::value::Handle(0)));
    Ok(vm.new_string(format!("<{} object at {}>", qual, addr)))
}

fn o_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    vm.repr(args[0])
}

fn o_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args[0].is(args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.t.not_implemented)
    }
}

fn o_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args[0].is(args[1]) {
        Ok(Value::Bool(false))
    } else {
        Ok(vm.t.not_implemented)
    }
}

fn o_notimpl(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(vm.t.not_implemented)
}

fn o_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match args[0] {
        Value::Obj(h) => Ok(Value::Int(identity_hash(h))),
        v => match vm.hash_value(v) {
            Ok(crate::vm::ops::Hashed::Hash(h)) => Ok(Value::Int(h)),
            _ => Ok(Value::Int(0)),
        },
    }
}

/// The `None` a setter-like native returns, even when it had to call a
/// Python function (a property setter, a descriptor's `__set__`) to do it.
fn returning_none(r: PyResult<()>) -> PyResult {
    match r {
        Ok(()) => Ok(Value::None),
        Err(crate::vm::Flow::Call(mut req)) if req.cont.is_none() => {
            req.cont = Some(crate::vm::cont::ContKind::Replace(Value::None));
            Err(crate::vm::Flow::Call(req))
        }
        Err(e) => Err(e),
    }
}

/// `object.__setattr__(self, name, value)`: plain storage, no user hooks.
fn o_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__setattr__", args, 3, 3)?;
    let name = vm.intern_value(args[1]);
    if vm.str_of(name).is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    returning_none(vm.generic_set_attr(args[0], name, args[2]))
}

/// `object.__delattr__(self, name)`: no user hooks.
fn o_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__delattr__", args, 2, 2)?;
    let name = vm.intern_value(args[1]);
    if vm.str_of(name).is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    returning_none(vm.generic_del_attr(args[0], name))
}

/// `object.__getattribute__(self, name)`.
fn o_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__getattribute__", args, 2, 2)?;
    let name = vm.intern_value(args[1]);
    if vm.str_of(name).is_none() {
        let msg = format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    }
    vm.generic_get_attr(args[0], name)
}

fn o_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let spec = args
        .get(1)
        .and_then(|s| vm.str_of(*s))
        .unwrap_or("")
        .to_string();
    if !spec.is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    }
    vm.to_str(args[0])
}

fn o_init_subclass(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if !kw.is_empty() || args.len() > 1 {
        let name = match args.first().and_then(|c| vm.is_class(*c)) {
            Some(c) => vm.class(c).name.clone(),
            None => "object".into(),
        };
        let msg = if kw.is_empty() {
            format!(
                "{}.__init_subclass__() takes no arguments ({} given)",
                name,
                args.len() - 1
            )
        } else {
            format!("{}.__init_subclass__() takes no keyword arguments", name)
        };
        return Err(vm.type_error(msg));
    }
    Ok(Value::None)
}

fn o_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::functions::dir_of(vm, args[0])
}

fn o_reduce_ex(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Err(vm.type_error("cannot reduce this object"))
}

// ----- BaseException -----

fn e_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let t = vm.new_tuple(args[1..].to_vec());
    if let Some(d) = vm.exc_data_mut(args[0]) {
        d.args = t;
    }
    Ok(Value::None)
}

fn e_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(d) = vm.exc_data(args[0]) else {
        return Err(vm.type_error("descriptor requires a 'BaseException' object"));
    };
    let items = vm.tuple_items(d.args);
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => {
            if vm.isinstance(args[0], vm.t.key_error) {
                vm.repr(items[0])
            } else {
                vm.to_str(items[0])
            }
        }
        _ => {
            let t = vm.exc_data(args[0]).map(|d| d.args).unwrap_or(Value::None);
            vm.repr(t)
        }
    }
}

fn e_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let name = vm.class(vm.type_of(args[0])).name.clone();
    let Some(d) = vm.exc_data(args[0]) else {
        return Err(vm.type_error("descriptor requires a 'BaseException' object"));
    };
    let items = vm.tuple_items(d.args);
    let mut parts = Vec::new();
    for i in items {
        match repr::repr_native(vm, i) {
            Some(s) => parts.push(s),
            None => {
                let a = vm.exc_data(args[0]).map(|d| d.args).unwrap_or(Value::None);
                let nm = vm.new_string(name);
                return Err(crate::vm::ops::prelude_call(
                    vm,
                    "_exc_repr_slow",
                    vec![nm, a],
                ));
            }
        }
    }
    Ok(vm.new_string(format!("{}({})", name, parts.join(", "))))
}

/// `__repr__` of builtin data types, reachable as `dict.__repr__(self)` from
/// subclasses: the repr of the builtin value.
fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    vm.repr(p)
}

fn builtin_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    vm.to_str(p)
}

/// Rich comparisons of builtin data types on their builtin values.
fn builtin_cmp(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult {
    super::arg_count(vm, "comparison", args, 2, 2)?;
    let a = vm.payload_or_self(args[0]);
    let b = vm.payload_or_self(args[1]);
    match vm.compare_native(op, a, b) {
        Ok(Some(r)) => Ok(Value::Bool(r)),
        Ok(None) => Ok(vm.t.not_implemented),
        Err(crate::vm::Flow::Raise(_)) => Ok(vm.t.not_implemented),
        Err(e) => Err(e),
    }
}

fn b_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Eq)
}
fn b_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Ne)
}
fn b_lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Lt)
}
fn b_le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Le)
}
fn b_gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Gt)
}
fn b_ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    builtin_cmp(vm, args, crate::bytecode::CmpOp::Ge)
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    match vm.hash_value(p) {
        Ok(crate::vm::ops::Hashed::Hash(h)) => Ok(Value::Int(h)),
        Ok(_) => Ok(Value::Int(0)),
        Err(m) => Err(vm.type_error(m)),
    }
}

fn e_with_traceback(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0])
}

pub fn install(vm: &mut Vm) {
    let o = vm.t.object;
    method(vm, o, "__new__", o_new, true);
    method(vm, o, "__init__", o_init, true);
    method(vm, o, "__repr__", o_repr, false);
    method(vm, o, "__str__", o_str, false);
    method(vm, o, "__eq__", o_eq, false);
    method(vm, o, "__ne__", o_ne, false);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        let name: &'static str = n;
        method(vm, o, name, o_notimpl, false);
    }
    method(vm, o, "__hash__", o_hash, false);
    method(vm, o, "__setattr__", o_setattr, false);
    method(vm, o, "__delattr__", o_delattr, false);
    method(vm, o, "__getattribute__", o_getattribute, false);
    method(vm, o, "__format__", o_format, false);
    method(vm, o, "__dir__", o_dir, false);
    method(vm, o, "__reduce_ex__", o_reduce_ex, false);
    super::classmethod(vm, o, "__init_subclass__", o_init_subclass, true);
    let t = &vm.t;
    let data_types = [
        t.int,
        t.float,
        t.str_,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.bytes,
    ];
    let unhashable = [t.list, t.dict, t.set];
    for ty in data_types {
        method(vm, ty, "__repr__", builtin_repr, false);
        method(vm, ty, "__str__", builtin_str, false);
        method(vm, ty, "__eq__", b_eq, false);
        method(vm, ty, "__ne__", b_ne, false);
        method(vm, ty, "__lt__", b_lt, false);
        method(vm, ty, "__le__", b_le, false);
        method(vm, ty, "__gt__", b_gt, false);
        method(vm, ty, "__ge__", b_ge, false);
        if unhashable.contains(&ty) {
            super::class_set(vm, ty, "__hash__", Value::None);
        } else {
            method(vm, ty, "__hash__", b_hash, false);
        }
    }
    let e = vm.t.base_exception;
    method(vm, e, "__new__", o_new, true);
    method(vm, e, "__init__", e_init, true);
    method(vm, e, "__str__", e_str, false);
    method(vm, e, "__repr__", e_repr, false);
    method(vm, e, "with_traceback", e_with_traceback, false);
    let _ = class_flags::BUILTIN;
}
