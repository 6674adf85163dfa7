//! Methods of generators (`send`, `throw`, `close`, `__next__`) and of the
//! native iterators (`__next__`, `__iter__`).

use super::{arg_count, method};
use crate::vm::cont::ContKind;
use crate::vm::gen::GenAction;
use crate::vm::iter::Next;
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, ResumeReq, Vm};

fn gen_of(vm: &mut Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first() {
        Some(Value::Obj(h)) if matches!(vm.heap.get(*h), Obj::Generator(_)) => Ok(*h),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn resume(gen: Handle, action: GenAction, cont: Option<ContKind>) -> Flow {
    Flow::Resume(Box::new(ResumeReq { gen, action, cont }))
}

fn g_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = gen_of(vm, args)?;
    Err(resume(g, GenAction::Send(Value::None), None))
}

fn g_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "send", &args[1.min(args.len())..], 1, 1)?;
    let g = gen_of(vm, args)?;
    Err(resume(g, GenAction::Send(args[1]), None))
}

/// The exception `throw(typ[, val])` means.
pub fn throw_value(vm: &mut Vm, typ: Value, val: Option<Value>) -> PyResult<Value> {
    if let Some(cls) = vm.is_class(typ) {
        if !vm.is_subclass(cls, vm.t.base_exception) {
            return Err(vm.type_error(
                "exceptions must be classes or instances deriving from BaseException, not type",
            ));
        }
        return Ok(match val {
            Some(v) if vm.is_exception(v) => v,
            Some(v) if !v.is_none() => {
                let args = match v {
                    Value::Obj(h) if matches!(vm.heap.get(h), Obj::Tuple(_)) => vm.tuple_items(v),
                    _ => vec![v],
                };
                vm.new_exception(cls, args)
            }
            _ => vm.new_exception(cls, vec![]),
        });
    }
    if vm.is_exception(typ) {
        if let Some(v) = val {
            if !v.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
        }
        return Ok(typ);
    }
    let msg = format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name(typ)
    );
    Err(vm.type_error(msg))
}

fn g_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "throw", &args[1.min(args.len())..], 1, 3)?;
    let g = gen_of(vm, args)?;
    let exc = throw_value(vm, args[1], args.get(2).copied())?;
    Err(resume(g, GenAction::Throw(exc), None))
}

fn g_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = gen_of(vm, args)?;
    Err(resume(g, GenAction::Close, None))
}

fn g_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0])
}

fn it_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(Value::Obj(h)) = args.first() else {
        return Err(vm.type_error("expected an iterator"));
    };
    match vm.iter_next(*h)? {
        Next::Value(v) => Ok(v),
        Next::Done => Err(vm.stop_iteration(Value::None)),
        Next::NotNative => Err(vm.type_error("not a native iterator")),
    }
}

pub fn install(vm: &mut Vm) {
    let g = vm.t.generator;
    method(vm, g, "__next__", g_next, false);
    method(vm, g, "send", g_send, false);
    method(vm, g, "throw", g_throw, false);
    method(vm, g, "close", g_close, false);
    method(vm, g, "__iter__", g_iter, false);
    let t = &vm.t;
    let iters = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.deque_iterator,
        t.reversed,
        t.enumerate,
        t.zip,
    ];
    for it in iters {
        method(vm, it, "__next__", it_next, false);
        method(vm, it, "__iter__", g_iter, false);
    }
}
