//! Host functions and channels shared with the embedder.
//!
//! **Host functions.** The embedder names modules of functions
//! ([`host_module_source`] generates each module's Python source: every
//! function forwards its positional arguments to `_weft_host.call`). A call
//! converts its arguments to [`HostValue`]s and asks [`Host::call`]; the
//! host answers at once or returns `HostReply::Pending(id)`. Then only the
//! calling tasklet parks (flag `HOST_CALL`, like `time.sleep` and `input()`
//! park theirs) until [`Vm::complete_host_call`] delivers the result or the
//! error, which is raised in that tasklet. A snapshot refuses a runtime with
//! a pending host call: the host's half of it (a JS promise) cannot be saved.
//!
//! **Shared channels.** `Runtime::channel(name)` puts an ordinary
//! `stackless.channel` into the module `weft_channels`; the embedder's
//! sends and receives run in small helper tasklets (prelude functions
//! `_host_channel_send`/`_host_channel_receive`) whose outcome comes back
//! through `Vm::take_host_op_results`. While a tasklet is blocked on a
//! shared channel the scheduler waits for the host instead of reporting a
//! deadlock, since the embedder may still send or receive.
//!
//! [`Host::call`]: crate::host::Host::call

use crate::builtins::{arg_count, dict, module_fn, new_module, private_fn};
use crate::bytecode::{code_flags, Code, Const, Op};
use crate::stackless::tasklet::flag;
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};
use num_bigint::BigInt;
use serde_json::{json, Value as J};
use std::rc::Rc;

/// The module holding channels shared with the embedder.
pub const CHANNELS_MODULE: &str = "weft_channels";

/// Deepest nesting of lists, tuples and dicts passed across.
const MAX_DEPTH: usize = 100;

/// A value that crosses the host boundary.
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    Dict(Vec<(HostValue, HostValue)>),
}

/// A failed host call: the Python exception it raises (`TypeError`,
/// `ValueError` or, for anything else, `RuntimeError`) and its message.
#[derive(Clone, Debug, PartialEq)]
pub struct HostError {
    pub kind: String,
    pub message: String,
}

impl HostError {
    pub fn runtime(message: impl Into<String>) -> HostError {
        HostError {
            kind: "RuntimeError".into(),
            message: message.into(),
        }
    }

    pub fn type_error(message: impl Into<String>) -> HostError {
        HostError {
            kind: "TypeError".into(),
            message: message.into(),
        }
    }
}

/// The host's answer to a call.
#[derive(Clone, Debug, PartialEq)]
pub enum HostReply {
    Done(Result<HostValue, HostError>),
    /// The result comes later, under this id.
    Pending(u64),
}

/// A tasklet parked in a host call.
#[derive(Clone, Debug)]
pub struct HostWait {
    pub id: u64,
    pub tasklet: Handle,
    /// `module.function`, for error messages.
    pub name: String,
}

/// An embedder's send or receive on a shared channel, still running.
#[derive(Clone, Debug)]
pub struct HostOp {
    pub token: u64,
    /// The helper tasklet doing it.
    pub tasklet: Handle,
    pub channel: String,
    pub sending: bool,
}

// ----- the JSON form (docs in pkg-template/src/driver.js) -----

impl HostValue {
    /// `null`, `true`, `"text"`, `[...]` (list), `{"int": "12"}`,
    /// `{"float": "1.5"}` (also `"inf"`, `"-inf"`, `"nan"`),
    /// `{"tuple": [...]}`, `{"dict": [[k, v], ...]}`.
    pub fn to_json(&self) -> J {
        match self {
            HostValue::None => J::Null,
            HostValue::Bool(b) => J::Bool(*b),
            HostValue::Int(i) => json!({ "int": i.to_string() }),
            HostValue::Float(f) => json!({ "float": float_text(*f) }),
            HostValue::Str(s) => J::String(s.clone()),
            HostValue::List(items) => J::Array(items.iter().map(|v| v.to_json()).collect()),
            HostValue::Tuple(items) => {
                json!({ "tuple": items.iter().map(|v| v.to_json()).collect::<Vec<_>>() })
            }
            HostValue::Dict(items) => json!({
                "dict": items
                    .iter()
                    .map(|(k, v)| J::Array(vec![k.to_json(), v.to_json()]))
                    .collect::<Vec<_>>()
            }),
        }
    }

    pub fn from_json(j: &J) -> Result<HostValue, String> {
        from_json_at(j, 0)
    }
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.into()
    } else {
        format!("{f:e}")
    }
}

fn from_json_at(j: &J, depth: usize) -> Result<HostValue, String> {
    if depth > MAX_DEPTH {
        return Err("a value nested too deeply (or containing itself)".into());
    }
    let list = |items: &Vec<J>| -> Result<Vec<HostValue>, String> {
        items.iter().map(|v| from_json_at(v, depth + 1)).collect()
    };
    Ok(match j {
        J::Null => HostValue::None,
        J::Bool(b) => HostValue::Bool(*b),
        J::String(s) => HostValue::Str(s.clone()),
        J::Array(items) => HostValue::List(list(items)?),
        J::Number(_) => return Err("bare numbers are not part of the format".into()),
        J::Object(o) if o.len() == 1 => {
            let (k, v) = o.iter().next().expect("one entry");
            match (k.as_str(), v) {
                ("int", J::String(s)) => {
                    HostValue::Int(s.parse::<BigInt>().map_err(|_| format!("bad int {s:?}"))?)
                }
                ("float", J::String(s)) => HostValue::Float(match s.as_str() {
                    "nan" => f64::NAN,
                    "inf" => f64::INFINITY,
                    "-inf" => f64::NEG_INFINITY,
                    _ => s.parse::<f64>().map_err(|_| format!("bad float {s:?}"))?,
                }),
                ("tuple", J::Array(items)) => HostValue::Tuple(list(items)?),
                ("dict", J::Array(items)) => HostValue::Dict(
                    items
                        .iter()
                        .map(|p| match p {
                            J::Array(kv) if kv.len() == 2 => Ok((
                                from_json_at(&kv[0], depth + 1)?,
                                from_json_at(&kv[1], depth + 1)?,
                            )),
                            _ => Err("a dict entry must be [key, value]".to_string()),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                _ => return Err(format!("unknown value form {k:?}")),
            }
        }
        J::Object(_) => return Err("unknown value form".into()),
    })
}

/// `{"ok": value}` or `{"error": {"type": ..., "message": ...}}`.
pub fn result_to_json(r: &Result<HostValue, HostError>) -> J {
    match r {
        Ok(v) => json!({ "ok": v.to_json() }),
        Err(e) => json!({ "error": { "type": e.kind, "message": e.message } }),
    }
}

/// Read a result written as [`result_to_json`] does.
pub fn result_from_json(j: &J) -> Result<Result<HostValue, HostError>, String> {
    if let Some(v) = j.get("ok") {
        return Ok(Ok(HostValue::from_json(v)?));
    }
    if let Some(e) = j.get("error") {
        let kind = e.get("type").and_then(J::as_str).unwrap_or("RuntimeError");
        let message = e.get("message").and_then(J::as_str).unwrap_or("");
        return Ok(Err(HostError {
            kind: kind.to_string(),
            message: message.to_string(),
        }));
    }
    Err("a host result must be {\"ok\": ...} or {\"error\": ...}".into())
}

/// A host's reply as JSON text: a result, or `{"pending": id}`. Text that
/// does not parse becomes a `RuntimeError` (a bug in the host).
pub fn reply_from_text(text: &str) -> HostReply {
    let parsed = serde_json::from_str::<J>(text).map_err(|e| e.to_string());
    let reply = parsed.and_then(|j| match j.get("pending").and_then(J::as_u64) {
        Some(id) => Ok(HostReply::Pending(id)),
        None => result_from_json(&j).map(HostReply::Done),
    });
    reply.unwrap_or_else(|e| {
        HostReply::Done(Err(HostError::runtime(format!("bad host reply: {e}"))))
    })
}

/// Whether `name` can be a Python module or function name.
pub fn is_identifier(name: &str) -> bool {
    let mut cs = name.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && cs.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// The Python source of host module `module` with these functions.
pub fn host_module_source(module: &str, functions: &[String]) -> Result<String, String> {
    if !is_identifier(module) {
        return Err(format!(
            "host module name {module:?} is not a Python identifier"
        ));
    }
    let mut src = format!(
        "\"\"\"Host functions of the embedder (module {module}).\"\"\"\n\nfrom _weft_host import call as _call\n"
    );
    for f in functions {
        if !is_identifier(f) || f.starts_with("__") {
            return Err(format!(
                "host function name {module}.{f} is not a plain Python identifier"
            ));
        }
        src.push_str(&format!(
            "\n\ndef {f}(*args):\n    return _call({module:?}, {f:?}, args)\n"
        ));
    }
    Ok(src)
}

/// The compiled form of [`host_module_source`], built without the
/// compiler (the runtime-only build has none): a test checks that it is
/// exactly what the compiler makes of that source.
pub fn host_module_code(module: &str, functions: &[String]) -> Result<Code, String> {
    host_module_source(module, functions)?;
    let filename = format!("{module}.py");
    let mut names: Vec<String> = ["_weft_host", "call", "_call"].map(String::from).into();
    let mut consts = Vec::new();
    let mut ops = vec![
        Op::ImportName(0),
        Op::ImportFrom(1),
        Op::StoreGlobal(2),
        Op::Pop,
    ];
    let mut lines = vec![3; 4];
    let mut depths = vec![0, 1, 2, 1];
    let mut line = 3;
    for (i, f) in functions.iter().enumerate() {
        line = 6 + 4 * i as u32;
        let body = Code {
            name: f.clone(),
            qualname: f.clone(),
            first_line: line,
            flags: code_flags::VARARGS,
            varnames: vec!["args".into()],
            nlocals: 1,
            stacksize: 5,
            index: i as u32 + 1,
            depths: vec![0, 2, 3, 4, 5, 1, 0, 0],
            names: vec!["_call".into()],
            consts: vec![Const::Str(module.into()), Const::Str(f.clone())],
            ops: vec![
                Op::LoadGlobalNull(0),
                Op::LoadConst(0),
                Op::LoadConst(1),
                Op::LoadFast(0),
                Op::Call(3),
                Op::Return,
                Op::ReturnNone,
                Op::Nop,
            ],
            lines: vec![line + 1; 8],
            ..empty_code(&filename)
        };
        let k = consts.len() as u32;
        consts.push(Const::Code(Rc::new(body)));
        let n = match names.iter().position(|x| x == f) {
            Some(n) => n,
            None => {
                names.push(f.clone());
                names.len() - 1
            }
        };
        ops.extend([
            Op::LoadConst(k),
            Op::MakeFunction(0),
            Op::StoreGlobal(n as u32),
        ]);
        lines.extend([line; 3]);
        depths.extend([0, 1, 1]);
    }
    ops.extend([Op::ReturnNone, Op::Nop]);
    lines.extend([line; 2]);
    depths.extend([0, 0]);
    Ok(Code {
        name: "<module>".into(),
        qualname: "<module>".into(),
        first_line: 1,
        flags: code_flags::MODULE | code_flags::SIMPLE_ARGS,
        stacksize: 2,
        depths,
        names,
        consts,
        ops,
        lines,
        ..empty_code(&filename)
    })
}

fn empty_code(filename: &str) -> Code {
    Code {
        name: String::new(),
        qualname: String::new(),
        filename: filename.into(),
        first_line: 0,
        flags: 0,
        argcount: 0,
        posonly: 0,
        kwonly: 0,
        varnames: Vec::new(),
        nlocals: 0,
        stacksize: 0,
        index: 0,
        depths: Vec::new(),
        cellvars: Vec::new(),
        cell_params: Vec::new(),
        freevars: Vec::new(),
        names: Vec::new(),
        consts: Vec::new(),
        ops: Vec::new(),
        lines: Vec::new(),
        handlers: Vec::new(),
        doc: None,
    }
}

#[cfg(all(test, feature = "compiler"))]
mod host_module_tests {
    use super::*;

    #[test]
    fn built_code_is_what_the_compiler_makes() {
        let cases: [&[&str]; 5] = [
            &[],
            &["fetch"],
            &["a", "b", "c"],
            &["f", "f"],
            &["call", "_call"],
        ];
        for fns in cases {
            let fns: Vec<String> = fns.iter().map(|s| s.to_string()).collect();
            let src = host_module_source("net", &fns).unwrap();
            let compiled = crate::compile::compile_module(&src, "net.py").unwrap();
            let built = host_module_code("net", &fns).unwrap();
            assert_eq!(built, *compiled, "functions {fns:?}");
            crate::program::verify::code(&built).unwrap();
        }
    }
}

// ----- Python values <-> HostValue -----

impl Vm {
    /// `v` as a host value, or the type name of what cannot cross.
    pub fn to_host(&self, v: Value) -> Result<HostValue, String> {
        self.to_host_at(v, 0)
    }

    fn to_host_at(&self, v: Value, depth: usize) -> Result<HostValue, String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "value nested more than {MAX_DEPTH} deep (or containing itself)"
            ));
        }
        let items = |vm: &Vm, xs: &[Value]| -> Result<Vec<HostValue>, String> {
            xs.iter().map(|x| vm.to_host_at(*x, depth + 1)).collect()
        };
        Ok(match v {
            Value::None | Value::Null => HostValue::None,
            Value::Bool(b) => HostValue::Bool(b),
            Value::Int(i) => HostValue::Int(BigInt::from(i)),
            Value::Float(f) => HostValue::Float(f),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => HostValue::Str(s.as_str().to_string()),
                Obj::BigInt(b) => HostValue::Int((**b).clone()),
                Obj::List(xs) => HostValue::List(items(self, xs)?),
                Obj::Tuple(xs) => HostValue::Tuple(items(self, xs)?),
                Obj::Dict(d) => HostValue::Dict(
                    d.iter()
                        .map(|e| {
                            Ok((
                                self.to_host_at(e.key, depth + 1)?,
                                self.to_host_at(e.value, depth + 1)?,
                            ))
                        })
                        .collect::<Result<_, String>>()?,
                ),
                _ => return Err(format!("'{}'", self.type_name(v))),
            },
        })
    }

    /// A Python value for `hv` (a dict with an unhashable key raises).
    pub fn from_host(&mut self, hv: HostValue) -> PyResult {
        Ok(match hv {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(b),
            HostValue::Int(i) => self.new_bigint(i),
            HostValue::Float(f) => Value::Float(f),
            HostValue::Str(s) => self.new_string(s),
            HostValue::List(xs) => {
                let items = xs
                    .into_iter()
                    .map(|x| self.from_host(x))
                    .collect::<PyResult<Vec<_>>>()?;
                self.new_list(items)
            }
            HostValue::Tuple(xs) => {
                let items = xs
                    .into_iter()
                    .map(|x| self.from_host(x))
                    .collect::<PyResult<Vec<_>>>()?;
                self.new_tuple(items)
            }
            HostValue::Dict(kvs) => {
                let d = self.new_dict();
                for (k, v) in kvs {
                    let k = self.from_host(k)?;
                    let v = self.from_host(v)?;
                    dict::dict_set(self, d, k, v)?;
                }
                d
            }
        })
    }

    /// The exception a host error raises.
    fn host_exception(&mut self, e: &HostError) -> Value {
        let cls = match e.kind.as_str() {
            "TypeError" => self.t.type_error,
            "ValueError" => self.t.value_error,
            _ => self.t.runtime_error,
        };
        self.new_exception_msg(cls, &e.message)
    }

    fn flow_exception(&mut self, f: Flow) -> Value {
        match f {
            Flow::Raise(e) => e,
            _ => self.new_exception_msg(
                self.t.type_error,
                "a value from the host needs Python code to convert",
            ),
        }
    }

    // ----- host calls -----

    /// Deliver the result of the pending host call `id`: its tasklet
    /// becomes runnable with the value (or raises the error). Returns
    /// false when no tasklet waits for `id` (it was killed meanwhile).
    pub fn complete_host_call(&mut self, id: u64, result: Result<HostValue, HostError>) -> bool {
        let Some(pos) = self.sched.host_calls.iter().position(|w| w.id == id) else {
            return false;
        };
        let w = self.sched.host_calls.remove(pos);
        let t = w.tasklet;
        self.tasklet_mut(t).flags &= !flag::HOST_CALL;
        match result.map(|v| self.from_host(v)) {
            Ok(Ok(v)) => self.tasklet_mut(t).tempval = v,
            Ok(Err(f)) => {
                let e = self.flow_exception(f);
                self.set_pending_exception(t, e);
            }
            Err(e) => {
                let e = self.host_exception(&e);
                self.set_pending_exception(t, e);
            }
        }
        self.rq_insert(t);
        true
    }

    /// Whether a tasklet waits for something only the host can bring: a
    /// timer, input, a host call, or traffic on a shared channel.
    pub fn host_waiters(&self) -> bool {
        self.sched.has_waiters()
            || !self.sched.host_calls.is_empty()
            || self
                .sched
                .host_channels
                .iter()
                .any(|c| match self.heap.get(*c) {
                    Obj::Channel(ch) => ch.balance != 0,
                    _ => false,
                })
    }

    // ----- shared channels -----

    /// The channel shared under `name`, created (with the module
    /// `weft_channels`) on first use.
    pub fn host_channel(&mut self, name: &str) -> Result<Handle, String> {
        if !is_identifier(name) {
            return Err(format!("channel name {name:?} is not a Python identifier"));
        }
        let key = self.intern(CHANNELS_MODULE);
        let d = match dict::dict_get_str(self, Value::Obj(self.modules), key) {
            Some(Value::Obj(m)) => match self.heap.get(m) {
                Obj::Module(md) => Value::Obj(md.dict),
                _ => return Err(format!("sys.modules['{CHANNELS_MODULE}'] is not a module")),
            },
            _ => new_module(self, CHANNELS_MODULE).1,
        };
        let k = self.intern(name);
        let ch = match dict::dict_get_str(self, d, k) {
            Some(Value::Obj(h)) if matches!(self.heap.get(h), Obj::Channel(_)) => h,
            Some(_) => return Err(format!("{CHANNELS_MODULE}.{name} is not a channel")),
            None => {
                let v = self.alloc(Obj::Channel(Default::default()));
                dict::dict_set_str(self, d, k, v);
                v.handle().expect("a channel")
            }
        };
        if !self.sched.host_channels.contains(&ch) {
            self.sched.host_channels.push(ch);
        }
        Ok(ch)
    }

    /// Start the embedder's send (`Some(value)`) or receive (`None`) on
    /// shared channel `name` in a helper tasklet; returns its token.
    pub fn host_channel_op(&mut self, name: &str, value: Option<HostValue>) -> Result<u64, String> {
        let ch = self.host_channel(name)?;
        self.sched.host_op_seq += 1;
        let token = self.sched.host_op_seq;
        let tok = Value::Int(token as i64);
        let (func, args) = match value.clone() {
            Some(v) => {
                let v = self.from_host(v).map_err(|_| {
                    "the value cannot be made a Python value (an unhashable dict key?)"
                })?;
                ("_host_channel_send", vec![Value::Obj(ch), v, tok])
            }
            None => ("_host_channel_receive", vec![Value::Obj(ch), tok]),
        };
        let f = self.prelude_fn(func);
        let tasklet = crate::stackless::api::spawn(self, f, args)
            .map_err(|_| "cannot start the helper tasklet".to_string())?;
        self.sched.host_ops.push(HostOp {
            token,
            tasklet,
            channel: name.to_string(),
            sending: value.is_some(),
        });
        Ok(token)
    }

    /// The program ended: an operation whose transfer happened (its helper
    /// just never ran again) succeeded; the others fail.
    pub fn end_host_ops(&mut self) {
        for op in std::mem::take(&mut self.sched.host_ops) {
            let t = self.tasklet(op.tasklet);
            let transferred = t.has(flag::ALIVE) && t.channel == crate::stackless::tasklet::NIL;
            let result = if !transferred || !t.has(flag::STARTED) {
                Err(HostError::runtime(
                    "the program ended before the operation completed",
                ))
            } else if op.sending {
                Ok(HostValue::None)
            } else if t.has(flag::TEMPVAL_EXC) {
                Err(HostError::runtime("the receive ended in an exception"))
            } else {
                self.to_host(t.tempval).map_err(|ty| {
                    HostError::type_error(format!(
                        "received a {ty} from channel {}, which cannot be passed to the host",
                        op.channel
                    ))
                })
            };
            self.sched.host_op_results.push((op.token, result));
        }
    }

    /// Finished embedder operations on shared channels: (token, result).
    pub fn take_host_op_results(&mut self) -> Vec<(u64, Result<HostValue, HostError>)> {
        std::mem::take(&mut self.sched.host_op_results)
    }
}

// ----- natives -----

/// `_weft_host.call(module, function, args)`: call a host function.
fn f_call(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "call", args, 3, 3)?;
    let (Some(module), Some(function)) = (vm.str_of(args[0]), vm.str_of(args[1])) else {
        return Err(vm.type_error("_weft_host.call(module, function, args): names must be str"));
    };
    let (module, function) = (module.to_string(), function.to_string());
    let name = format!("{module}.{function}");
    let items = match args[2].handle().map(|h| vm.heap.get(h)) {
        Some(Obj::Tuple(xs)) => xs.to_vec(),
        _ => return Err(vm.type_error("_weft_host.call: args must be a tuple")),
    };
    let mut host_args = Vec::with_capacity(items.len());
    for (i, a) in items.iter().enumerate() {
        match vm.to_host(*a) {
            Ok(v) => host_args.push(v),
            Err(t) => {
                return Err(vm.type_error(format!(
                    "{name}() argument {}: cannot pass a {t} to the host \
                     (only None, bool, int, float, str, list, tuple and dict)",
                    i + 1
                )))
            }
        }
    }
    match vm.host.call(&module, &function, host_args) {
        HostReply::Done(Ok(v)) => vm.from_host(v),
        HostReply::Done(Err(e)) => Err(Flow::Raise(vm.host_exception(&e))),
        HostReply::Pending(id) => {
            vm.check_switch_allowed().map_err(|_| {
                vm.runtime_error(format!(
                    "{name}() returned a Promise where this tasklet cannot wait \
                     (a nested call or switch_trap)"
                ))
            })?;
            let me = vm.sched.running;
            vm.sched.host_calls.push(HostWait {
                id,
                tasklet: me,
                name,
            });
            vm.tasklet_mut(me).flags |= flag::HOST_CALL;
            Err(vm.suspend_for_host())
        }
    }
}

/// `_host_op_done(token, ok, value)`: a helper tasklet of a shared channel
/// finished (`value` is what was received, or the exception).
fn f_op_done(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "_host_op_done", args, 3, 3)?;
    let Value::Int(token) = args[0] else {
        return Err(vm.type_error("_host_op_done: token must be an int"));
    };
    let token = token as u64;
    let Some(pos) = vm.sched.host_ops.iter().position(|o| o.token == token) else {
        return Ok(Value::None);
    };
    let op = vm.sched.host_ops.remove(pos);
    let result = if matches!(args[1], Value::Bool(true)) {
        vm.to_host(args[2]).map_err(|t| {
            HostError::type_error(format!(
                "received a {t} from channel {}, which cannot be passed to the host",
                op.channel
            ))
        })
    } else {
        let e = args[2];
        let kind = vm.exc_type_name(e);
        let arg = vm.exc_arg0(e);
        let message = match vm.str_text(arg) {
            Some(s) if !arg.is_none() => s,
            _ => String::new(),
        };
        Err(HostError { kind, message })
    };
    vm.sched.host_op_results.push((token, result));
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "_weft_host");
    module_fn(vm, "_weft_host", d, "call", f_call, false);
    private_fn(vm, "_host_op_done", f_op_done);
}
