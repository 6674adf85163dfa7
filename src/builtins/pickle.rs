//! The `pickle` module: `dumps` and `loads` over the snapshot format
//! (JSON text), `PicklingError`, `UnpicklingError`, `HIGHEST_PROTOCOL`.

use super::{arg_count, check_kw, module_fn, module_set, new_module};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn dumps(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(
        vm,
        "dumps",
        kw,
        &["protocol", "fix_imports", "buffer_callback"],
    )?;
    arg_count(vm, "dumps", args, 1, 2)?;
    match crate::snapshot::dumps(vm, args[0]) {
        Ok(text) => Ok(vm.new_string(text)),
        Err(e) => {
            let msg = format!("cannot pickle {}: {}", e.path, e.message);
            Err(vm.err(vm.t.pickling_error, msg))
        }
    }
}

fn loads(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    check_kw(
        vm,
        "loads",
        kw,
        &["fix_imports", "encoding", "errors", "buffers"],
    )?;
    arg_count(vm, "loads", args, 1, 1)?;
    let Some(text) = vm.str_of(args[0]).map(|s| s.to_string()) else {
        let msg = format!(
            "a pickle is JSON text (str), not '{}'",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    };
    match crate::snapshot::loads(vm, &text) {
        Ok(v) => Ok(v),
        Err(e) => {
            let msg = format!("invalid pickle at {}: {}", e.path, e.message);
            Err(vm.err(vm.t.unpickling_error, msg))
        }
    }
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "pickle");
    module_fn(vm, "pickle", d, "dumps", dumps, true);
    module_fn(vm, "pickle", d, "loads", loads, true);
    module_set(vm, d, "HIGHEST_PROTOCOL", Value::Int(5));
    module_set(vm, d, "DEFAULT_PROTOCOL", Value::Int(4));
    let pe = Value::Obj(vm.t.pickling_error);
    let ue = Value::Obj(vm.t.unpickling_error);
    module_set(vm, d, "PicklingError", pe);
    module_set(vm, d, "UnpicklingError", ue);
}
