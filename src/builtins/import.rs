//! `import`: builtin modules are found in `sys.modules`; modules written in
//! Python (part of the runtime, precompiled in `frozen`, or registered by
//! the embedder, compiled on first import) run their body as an ordinary
//! frame.

use super::{arg_count, builtin_fn, dict};
use crate::vm::cont::ContKind;
use crate::vm::object::{Module, Obj};
use crate::vm::value::Value;
use crate::vm::{CallReq, Flow, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    builtin_fn(vm, "__import__", f_import, true);
}

fn f_import(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "__import__", args, 1, 5)?;
    if vm.str_of(args[0]).is_none() {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    }
    let name = vm.intern_value(args[0]);
    import_module(vm, name)
}

/// The module named `name` (a str value), importing it if needed.
pub fn import_module(vm: &mut Vm, name: Value) -> PyResult {
    if let Some(m) = dict::dict_get_str(vm, Value::Obj(vm.modules), name) {
        return Ok(m);
    }
    let n = vm.str_of(name).unwrap_or("").to_string();
    let code = if let Some(code) =
        super::frozen::code(&n).filter(|_| super::frozen::is_frozen_module(&n))
    {
        vm.register_code(&code);
        code
    } else {
        let Some(src) = vm.module_sources.get(&n).cloned() else {
            let msg = format!("No module named '{}'", n);
            let e = vm.new_exception_msg(vm.t.module_not_found_error, &msg);
            let k = vm.intern("name");
            if let Value::Obj(h) = e {
                vm.instance_dict_set(h, k, name);
            }
            return Err(Flow::Raise(e));
        };
        let filename = format!("{}.py", n);
        let code = match crate::snapshot::compile_cached(&src, &filename, 0) {
            Ok(c) => c,
            Err(e) => {
                let e = vm.new_exception_msg(vm.t.syntax_error, &e.to_string());
                return Err(Flow::Raise(e));
            }
        };
        if !crate::program::is_program(&src) {
            vm.host.add_source(&filename, &src);
        }
        vm.register_code(&code);
        if !vm.sources.iter().any(|(f, _)| *f == filename) {
            vm.sources.push((filename.clone(), src.clone()));
        }
        code
    };
    let d = vm.new_dict();
    let k = vm.n.name;
    dict::dict_set_str(vm, d, k, name);
    let Value::Obj(dh) = d else { unreachable!() };
    let m = vm.alloc(Obj::Module(Box::new(Module { name: n, dict: dh })));
    dict::dict_set_str(vm, Value::Obj(vm.modules), name, m);
    let rt = vm.load_code(&code);
    let code_v = vm.alloc(Obj::Code(rt));
    let func = vm.make_function(code_v, dh, vec![], Value::Null, vec![])?;
    Err(Flow::Call(Box::new(CallReq {
        func,
        args: vec![],
        kw: vec![],
        cont: Some(ContKind::ImportDone(m)),
        locals: Value::Null,
    })))
}

pub fn cannot_import(vm: &mut Vm, module: Value, name: Value) -> Flow {
    let mname = match module {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Module(m) => m.name.clone(),
            _ => "?".into(),
        },
        _ => "?".into(),
    };
    let n = vm.str_of(name).unwrap_or("?").to_string();
    let msg = format!(
        "cannot import name '{}' from '{}' (unknown location)",
        n, mname
    );
    vm.err(vm.t.import_error, msg)
}

/// `from module import *`.
// Not inlined into the interpreter loop, which V8 compiles faster without it.
#[inline(never)]
pub fn import_star(vm: &mut Vm, module: Value, target: Value) -> PyResult<()> {
    let Value::Obj(h) = module else { return Ok(()) };
    let Obj::Module(m) = vm.heap.get(h) else {
        return Ok(());
    };
    let d = Value::Obj(m.dict);
    let all_key = vm.intern("__all__");
    let names: Vec<Value> = match dict::dict_get_str(vm, d, all_key) {
        Some(all) => vm.collect_native(all)?.unwrap_or_default(),
        None => dict::dict_items(vm, d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !vm.str_of(*k).unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        let n = vm.intern_value(n);
        if let Some(v) = dict::dict_get_str(vm, d, n) {
            dict::dict_set_str(vm, target, n, v);
        }
    }
    Ok(())
}
