//! The `sys` module, the standard streams, and the natives the prelude's
//! traceback printer uses.

use super::{arg_count, class_set, method, module_fn, module_set, new_module};
use crate::vm::object::{class_flags, Class, Instance, Layout, Obj, Payload};
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};

/// 1 for stdout, 2 for stderr, None for another object (or Some(1) for None).
pub fn stream_id(vm: &Vm, v: Value) -> Option<u8> {
    match v {
        Value::None | Value::Null => Some(1),
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Instance(i) if i.class == stream_class(vm) => match i.payload {
                Payload::Value(Value::Int(n)) => Some(n as u8),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn stream_class(vm: &Vm) -> Handle {
    vm.stream_class
}

fn st_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "write", &args[1.min(args.len())..], 1, 1)?;
    let Some(s) = vm.str_of(args[1]).map(|s| s.to_string()) else {
        let msg = format!(
            "write() argument must be str, not {}",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    };
    match stream_id(vm, args[0]) {
        Some(2) => vm.host.write_stderr(&s),
        _ => vm.host.write_stdout(&s),
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn st_flush(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    vm.host.flush();
    Ok(Value::None)
}

fn st_readline(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match vm.host.read_line() {
        Some(mut l) => {
            l.push('\n');
            Ok(vm.new_string(l))
        }
        None => Ok(vm.new_str("")),
    }
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    super::check_kw(vm, "set_int_max_str_digits", kw, &["maxdigits"])?;
    let v = match (args.first(), super::kwarg(vm, kw, "maxdigits")) {
        (Some(v), None) if args.len() == 1 => *v,
        (None, Some(v)) => v,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let n = super::int_arg(vm, v, "maxdigits")?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "setrecursionlimit", args, 1, 1)?;
    let n = super::int_arg(vm, args[0], "limit")?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = (n.min(100_000_000) as usize).min(vm.max_recursion);
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = vm.cur.exc_info;
    if e.is_none() || e.is_null() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(e));
    let n = vm.exc_data(e).map(|d| d.traceback.len()).unwrap_or(0);
    let tb = vm.traceback_object(e, n);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = vm.cur.exc_info;
    Ok(if e.is_null() { Value::None } else { e })
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "exit", args, 0, 1)?;
    Err(crate::vm::Flow::Raise(
        vm.new_exception(vm.t.system_exit, args.to_vec()),
    ))
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "intern", args, 1, 1)?;
    Ok(vm.intern_value(args[0]))
}

fn sys_getsizeof(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "getsizeof", args, 1, 2)?;
    let n = match args[0] {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Str(s) => 49 + s.as_str().len(),
            Obj::List(l) => 56 + 8 * l.len(),
            Obj::Tuple(t) => 40 + 8 * t.len(),
            Obj::Dict(d) => 64 + 24 * d.len(),
            _ => 48,
        },
        _ => 28,
    };
    Ok(Value::Int(n as i64))
}

/// `_tb_lines(exc)`: the traceback lines, outermost first.
fn p_tb_lines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let lines = vm.traceback_lines(args[0]);
    let vals: Vec<Value> = lines.into_iter().map(|l| vm.new_string(l)).collect();
    Ok(vm.new_list(vals))
}

fn p_exc_type_name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let n = vm.exc_type_name(args[0]);
    Ok(vm.new_string(n))
}

fn p_write_err(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if let Some(s) = vm.str_of(args[0]).map(|s| s.to_string()) {
        vm.host.write_stderr(&s);
    }
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    // The stream type behind sys.stdout / sys.stderr.
    let cls = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: "TextIOWrapper".into(),
        qualname: "TextIOWrapper".into(),
        module: "_io".into(),
        bases: vec![vm.t.object],
        mro: vec![],
        dict: Default::default(),
        layout: Layout::Opaque,
        flags: class_flags::BUILTIN,
        fields: vec![],
        slots: None,
    })));
    let obj = vm.t.object;
    vm.class_mut(cls).mro = vec![cls, obj];
    vm.stream_class = cls;
    vm.extra_roots.push(Value::Obj(cls));
    method(vm, cls, "write", st_write, false);
    method(vm, cls, "flush", st_flush, false);
    method(vm, cls, "readline", st_readline, false);
    let mk = |vm: &mut Vm, n: i64| {
        vm.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict: Default::default(),
            payload: Payload::Value(Value::Int(n)),
            dict_obj: crate::vm::value::Value::Null,
        })))
    };
    let stdin = mk(vm, 0);
    let stdout = mk(vm, 1);
    let stderr = mk(vm, 2);
    let (_, d) = new_module(vm, "sys");
    module_set(vm, d, "stdin", stdin);
    module_set(vm, d, "stdout", stdout);
    module_set(vm, d, "stderr", stderr);
    module_set(vm, d, "__stdout__", stdout);
    module_set(vm, d, "__stderr__", stderr);
    module_fn(
        vm,
        "sys",
        d,
        "get_int_max_str_digits",
        sys_get_int_max_str_digits,
        false,
    );
    module_fn(
        vm,
        "sys",
        d,
        "set_int_max_str_digits",
        sys_set_int_max_str_digits,
        true,
    );
    module_fn(
        vm,
        "sys",
        d,
        "setrecursionlimit",
        sys_setrecursionlimit,
        false,
    );
    module_fn(
        vm,
        "sys",
        d,
        "getrecursionlimit",
        sys_getrecursionlimit,
        false,
    );
    module_fn(vm, "sys", d, "exc_info", sys_exc_info, false);
    module_fn(vm, "sys", d, "exception", sys_exception, false);
    module_fn(vm, "sys", d, "exit", sys_exit, false);
    module_fn(vm, "sys", d, "intern", sys_intern, false);
    module_fn(vm, "sys", d, "getsizeof", sys_getsizeof, false);
    let argv = vm.new_list(vec![]);
    module_set(vm, d, "argv", argv);
    module_set(vm, d, "maxsize", Value::Int(i64::MAX));
    let v = vm.new_str("3.11.7 (weft)");
    module_set(vm, d, "version", v);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]);
    module_set(vm, d, "version_info", vi);
    let p = vm.new_str("weft");
    module_set(vm, d, "platform", p);
    let bo = vm.new_str("little");
    module_set(vm, d, "byteorder", bo);
    module_set(vm, d, "modules", Value::Obj(vm.modules));
    let path = vm.new_list(vec![]);
    module_set(vm, d, "path", path);
    let _ = class_set;
    super::private_fn(vm, "_tb_lines", p_tb_lines);
    super::private_fn(vm, "_exc_type_name", p_exc_type_name);
    super::private_fn(vm, "_write_err", p_write_err);
}

/// Set `sys.argv`.
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    let vals: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    let l = vm.new_list(vals);
    let key = vm.intern("sys");
    if let Some(m) = super::dict::dict_get_str(vm, Value::Obj(vm.modules), key) {
        let k = vm.intern("argv");
        let _ = vm.set_attr(m, k, l);
    }
    vm.argv = argv.to_vec();
}
