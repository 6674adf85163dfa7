//! Builtin functions, the methods of builtin types, builtin modules, and the
//! Python-written prelude. `install` wires all of it into a fresh VM.

pub mod collections;
pub mod dict;
pub mod dunders;
pub mod exceptions;
pub mod frozen;
pub mod functions;
pub mod gamma;
pub mod generator;
pub mod import;
pub mod json;
pub mod list;
pub mod math;
pub mod numbers;
pub mod object;
pub mod pickle;
pub mod random;
pub mod repr;
pub mod set;
pub mod str;
pub mod strformat;
pub mod sys;
pub mod time;
pub mod typeobj;

use crate::vm::frame::{Completion, Frame};
use crate::vm::interp::Exec;
use crate::vm::object::{Module, Obj};
use crate::vm::value::MaybeHandle;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let (_, pg) = new_module(vm, "_prelude");
    vm.prelude_globals = pg.handle().expect("a dict");
    object::install(vm);
    typeobj::install(vm);
    numbers::install(vm);
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    exceptions::install(vm);
    functions::install(vm);
    generator::install(vm);
    collections::install(vm);
    dunders::install(vm);
    // Modules implemented natively.
    math::install(vm);
    time::install(vm);
    random::install(vm);
    json::install(vm);
    pickle::install(vm);
    sys::install(vm);
    strformat::install(vm);
    import::install(vm);
    crate::stackless::api::install(vm);
    crate::hostcall::install(vm);
    run_prelude(vm);
    crate::stackless::install_python_methods(vm);
}

/// Register a native function and return it.
pub fn native(vm: &mut Vm, qualname: &str, name: &'static str, f: NativeFn, kw: bool) -> Value {
    vm.register_native(qualname, name, f, kw)
}

/// Put `name` in the builtins namespace.
pub fn set_builtin(vm: &mut Vm, name: &str, v: Value) {
    let k = vm.intern(name);
    dict::dict_set_str(vm, Value::Obj(vm.builtins), k, v);
}

/// Define a native visible only to the prelude.
pub fn private_fn(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let v = native(vm, name, name, f, true);
    let k = vm.intern(name);
    let d = Value::Obj(vm.prelude_globals);
    dict::dict_set_str(vm, d, k, v);
}

/// Define a builtin function.
pub fn builtin_fn(vm: &mut Vm, name: &'static str, f: NativeFn, kw: bool) {
    let v = native(vm, name, name, f, kw);
    set_builtin(vm, name, v);
}

/// Store `v` as attribute `name` of class `cls`.
pub fn class_set(vm: &mut Vm, cls: Handle, name: &str, v: Value) {
    let k = vm.intern(name);
    let hash = vm.str_hash(k);
    let mut d = std::mem::take(&mut vm.class_mut(cls).dict);
    d.insert(hash, k, v, |a, b| vm.str_eq(a, b));
    vm.class_mut(cls).dict = d;
}

/// Define a method of a builtin class.
pub fn method(vm: &mut Vm, cls: Handle, name: &'static str, f: NativeFn, kw: bool) {
    let q = format!("{}.{}", vm.class(cls).name, name);
    let v = native(vm, &q, name, f, kw);
    if let Some(def) = vm.natives.last_mut() {
        def.owner = Some(cls);
        def.arity = crate::vm::call::dunder_arity(name);
    }
    class_set(vm, cls, name, v);
}

pub fn classmethod(vm: &mut Vm, cls: Handle, name: &'static str, f: NativeFn, kw: bool) {
    let q = format!("{}.{}", vm.class(cls).name, name);
    let v = native(vm, &q, name, f, kw);
    let cm = vm.alloc(Obj::ClassMethod(v));
    class_set(vm, cls, name, cm);
}

pub fn staticmethod(vm: &mut Vm, cls: Handle, name: &'static str, f: NativeFn, kw: bool) {
    let q = format!("{}.{}", vm.class(cls).name, name);
    let v = native(vm, &q, name, f, kw);
    let sm = vm.alloc(Obj::StaticMethod(v));
    class_set(vm, cls, name, sm);
}

/// Create (and register in `sys.modules`) a module; returns (module, dict).
pub fn new_module(vm: &mut Vm, name: &str) -> (Value, Value) {
    let d = vm.new_dict();
    let k = vm.n.name;
    let n = vm.new_str(name);
    dict::dict_set_str(vm, d, k, n);
    let Value::Obj(dh) = d else { unreachable!() };
    let m = vm.alloc(Obj::Module(Box::new(Module {
        name: name.to_string(),
        dict: dh,
    })));
    let key = vm.intern(name);
    dict::dict_set_str(vm, Value::Obj(vm.modules), key, m);
    (m, d)
}

/// Define a function in a module dict.
pub fn module_fn(vm: &mut Vm, module: &str, d: Value, name: &'static str, f: NativeFn, kw: bool) {
    let q = format!("{}.{}", module, name);
    let v = native(vm, &q, name, f, kw);
    let k = vm.intern(name);
    dict::dict_set_str(vm, d, k, v);
}

pub fn module_set(vm: &mut Vm, d: Value, name: &str, v: Value) {
    let k = vm.intern(name);
    dict::dict_set_str(vm, d, k, v);
}

/// Look up a prelude function (panics if the prelude lacks it: a bug).
impl Vm {
    pub fn prelude_fn(&self, name: &str) -> Value {
        match self.prelude.get(name) {
            Some(v) => *v,
            None => panic!("internal error: prelude has no '{name}'"),
        }
    }
}

/// Run the (precompiled) prelude; its `_private` names become prelude
/// functions, public names become builtins.
fn run_prelude(vm: &mut Vm) {
    let code = frozen::code("<prelude>").expect("the prelude is frozen");
    vm.register_code(&code);
    let dh = vm.prelude_globals;
    let d = Value::Obj(dh);
    let result = run_module_code(vm, &code, dh);
    if let Err(e) = result {
        let lines = vm.traceback_lines(e);
        panic!("prelude failed: {} {}", vm.exc_type_name(e), lines.join(""));
    }
    let items = dict::dict_items(vm, d);
    for (k, v) in items {
        let name = vm.str_of(k).unwrap_or("").to_string();
        let is_def = match v {
            Value::Obj(h) => matches!(
                vm.heap.get(h),
                Obj::Function(_) | Obj::Class(_) | Obj::Native(_)
            ),
            _ => false,
        };
        if !is_def {
            continue;
        }
        if name.starts_with('_') {
            vm.prelude.insert(name, v);
        } else {
            set_builtin(vm, &name, v);
        }
    }
}

/// Run module-level code to completion in a fresh tasklet state (start-up
/// only: the prelude and frozen modules imported while nothing else runs).
pub fn run_module_code(
    vm: &mut Vm,
    code: &std::rc::Rc<crate::bytecode::Code>,
    globals: Handle,
) -> Result<(), Value> {
    let rt = vm.load_code(code);
    let saved = std::mem::take(&mut vm.cur);
    let nslots = rt.code.nslots();
    vm.cur.stack.resize(nslots, Value::Null);
    vm.cur.frames.push(Frame {
        code: rt,
        pc: 0,
        base: 0,
        ret_sp: 0,
        globals,
        locals: MaybeHandle::NONE,
        completion: Completion::Exit,
        gen: MaybeHandle::NONE,
    });
    let mut budget = u64::MAX;
    vm.sched.nested += 1;
    let r = vm.execute(&mut budget);
    vm.sched.nested -= 1;
    vm.cur = saved;
    match r {
        Exec::Done(_) => Ok(()),
        Exec::Error(e) => Err(e),
        other => panic!("module code stopped unexpectedly: {other:?}"),
    }
}

// ----- argument helpers for natives -----

/// Check that a native got between `min` and `max` positional arguments
/// (the message is built out of line, in `arg_count_error`).
pub fn arg_count(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    Err(arg_count_error(vm, name, args.len(), min, max))
}

#[cold]
#[inline(never)]
fn arg_count_error(vm: &mut Vm, name: &str, given: usize, min: usize, max: usize) -> Flow {
    let msg = if min == max {
        if min == 0 {
            format!("{}() takes no arguments ({} given)", name, given)
        } else if min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, given)
        } else {
            format!(
                "{}() takes exactly {} arguments ({} given)",
                name, min, given
            )
        }
    } else if given < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            given
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            given
        )
    };
    vm.type_error(msg)
}

/// A keyword argument by name.
pub fn kwarg(vm: &Vm, kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

/// Reject keywords other than `allowed`.
pub fn check_kw(vm: &mut Vm, fname: &str, kw: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = vm.str_of(*k).unwrap_or("").to_string();
        if !allowed.contains(&n.as_str()) {
            let msg = format!("{}() got an unexpected keyword argument '{}'", fname, n);
            return Err(vm.type_error(msg));
        }
    }
    Ok(())
}

/// An int argument.
/// When one of `args` has a Python `__index__`, the prelude call that
/// converts them and calls the builtin `name` again.
pub fn index_retry(vm: &mut Vm, name: &str, args: &[Value]) -> Option<crate::vm::Flow> {
    if !args.iter().any(|a| vm.has_py_index(*a)) {
        return None;
    }
    let key = vm.intern(name);
    let f = dict::dict_get_str(vm, Value::Obj(vm.builtins), key)?;
    let mut a = vec![f];
    a.extend_from_slice(args);
    Some(crate::vm::ops::prelude_call(vm, "_call_indexed", a))
}

pub fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) if !matches!(v, Value::Obj(_)) || vm.to_bigint(v).is_some() => {
            if let Value::Obj(h) = v {
                if let Obj::BigInt(_) = vm.heap.get(h) {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                }
            }
            Ok(i)
        }
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            let _ = what;
            Err(vm.type_error(msg))
        }
    }
}

/// A str argument.
pub fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let msg = format!("{} must be str, not {}", what, vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// A float argument (ints accepted).
pub fn float_arg(vm: &mut Vm, v: Value, _fname: &str) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::BigInt(b) => match crate::objects::int::big_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(vm.overflow_error("int too large to convert to float")),
            },
            _ => {
                let p = vm.payload_or_self(v);
                if !p.is(v) {
                    return float_arg(vm, p, _fname);
                }
                let msg = format!("must be real number, not {}", vm.type_name(v));
                Err(vm.type_error(msg))
            }
        },
        _ => {
            let msg = format!("must be real number, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}
