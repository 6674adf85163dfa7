//! `repr()` and `str()` of builtin values, computed natively when no Python
//! code is involved; otherwise the caller calls the user's `__repr__`/
//! `__str__`, or the prelude formats the container one level at a time.

use crate::objects::float;
use crate::vm::cont::ContKind;
use crate::vm::object::{class_flags, DictViewKind, GenState, IterState, Obj, Payload};
use crate::vm::ops::{call_with_cont, prelude_call};
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};

/// Nesting beyond this is formatted by the prelude (heap frames, not Rust stack).
const MAX_NATIVE_DEPTH: usize = 64;

/// A fake but stable address for default reprs.
pub fn address(h: Handle) -> String {
    format!("0x{:012x}", 0x7f0000000000u64 + (h.0 as u64) * 48)
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

/// The repr of `v` if it needs no Python code.
pub fn repr_native(vm: &Vm, v: Value) -> Option<String> {
    repr_text(vm, v).ok()
}

/// Why the native repr produced no text.
#[derive(Debug, PartialEq)]
pub enum ReprMiss {
    /// Some object needs Python code (a user `__repr__`...).
    NeedsPython,
    /// The text would be larger than one object may be (shared containers
    /// repeat in it: `a = [a, a]` forty times over is terabytes).
    TooBig,
}

/// The repr of `v`, or why it needs Python or cannot be made.
pub fn repr_text(vm: &Vm, v: Value) -> Result<String, ReprMiss> {
    let mut ctx = Ctx {
        stack: Vec::new(),
        cap: vm.heap.allowance().min(NATIVE_REPR_MAX),
        too_big: false,
    };
    match repr_in(vm, v, &mut ctx) {
        Some(s) => Ok(s),
        None if ctx.too_big => Err(ReprMiss::TooBig),
        None => Err(ReprMiss::NeedsPython),
    }
}

/// The containers being rendered (to print `[...]` for cycles) and the
/// most text one repr may make.
struct Ctx {
    stack: Vec<Handle>,
    cap: usize,
    too_big: bool,
}

impl Ctx {
    fn push(&mut self, h: Handle) {
        self.stack.push(h);
    }
    fn pop(&mut self) {
        self.stack.pop();
    }
    fn contains(&self, h: &Handle) -> bool {
        self.stack.contains(h)
    }
    fn len(&self) -> usize {
        self.stack.len()
    }
    /// Note text of `len` bytes; `None` once past the cap.
    fn fits(&mut self, len: usize) -> Option<()> {
        if len > self.cap {
            self.too_big = true;
            return None;
        }
        Some(())
    }
}

/// The longest text one native repr makes (less under a memory limit).
const NATIVE_REPR_MAX: usize = 1 << 30;

fn join(vm: &Vm, items: &[Value], seen: &mut Ctx) -> Option<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_in(vm, *it, seen)?);
        seen.fits(out.len())?;
    }
    Some(out)
}

fn repr_in(vm: &Vm, v: Value, seen: &mut Ctx) -> Option<String> {
    Some(match v {
        Value::None | Value::Null => "None".into(),
        Value::Bool(b) => if b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float::repr(f),
        Value::Obj(h) => {
            if seen.len() > MAX_NATIVE_DEPTH {
                return None;
            }
            let recursive = seen.contains(&h);
            match vm.heap.get(h) {
                Obj::Str(s) => str_repr(s.as_str()),
                Obj::BigInt(b) => {
                    if vm.int_too_long_for_str(b) {
                        return None;
                    }
                    b.to_string()
                }
                Obj::Bytes(b) => bytes_repr(b),
                Obj::List(items) => {
                    if recursive {
                        return Some("[...]".into());
                    }
                    seen.push(h);
                    let r = format!("[{}]", join(vm, items, seen)?);
                    seen.pop();
                    r
                }
                Obj::Tuple(items) => {
                    if recursive {
                        return Some("(...)".into());
                    }
                    seen.push(h);
                    let inner = join(vm, items, seen)?;
                    seen.pop();
                    if items.len() == 1 {
                        format!("({},)", inner)
                    } else {
                        format!("({})", inner)
                    }
                }
                Obj::Dict(d) => {
                    if recursive {
                        return Some("{...}".into());
                    }
                    seen.push(h);
                    let mut parts = Vec::with_capacity(d.len());
                    let mut total = 0;
                    for e in d.iter() {
                        let part = format!(
                            "{}: {}",
                            repr_in(vm, e.key, seen)?,
                            repr_in(vm, e.value, seen)?
                        );
                        total += part.len() + 2;
                        seen.fits(total)?;
                        parts.push(part);
                    }
                    seen.pop();
                    format!("{{{}}}", parts.join(", "))
                }
                Obj::Set(s) | Obj::FrozenSet(s) => {
                    let frozen = matches!(vm.heap.get(h), Obj::FrozenSet(_));
                    if recursive {
                        return Some(if frozen {
                            "frozenset(...)".into()
                        } else {
                            "set(...)".into()
                        });
                    }
                    if s.is_empty() {
                        return Some(if frozen {
                            "frozenset()".into()
                        } else {
                            "set()".into()
                        });
                    }
                    seen.push(h);
                    let inner = join(vm, &s.keys(), seen)?;
                    seen.pop();
                    if frozen {
                        format!("frozenset({{{}}})", inner)
                    } else {
                        format!("{{{}}}", inner)
                    }
                }
                Obj::Range(r) => {
                    if r[2] == 1 {
                        format!("range({}, {})", r[0], r[1])
                    } else {
                        format!("range({}, {}, {})", r[0], r[1], r[2])
                    }
                }
                Obj::Slice(s) => format!(
                    "slice({}, {}, {})",
                    repr_in(vm, s[0], seen)?,
                    repr_in(vm, s[1], seen)?,
                    repr_in(vm, s[2], seen)?
                ),
                Obj::Function(f) => {
                    format!(
                        "<function {} at {}>",
                        vm.str_of(f.qualname).unwrap_or("?"),
                        address(h)
                    )
                }
                Obj::Native(id) => format!("<built-in function {}>", vm.natives[*id as usize].name),
                Obj::BoundMethod(b) => {
                    let fname = match b[1] {
                        Value::Obj(fh) => match vm.heap.get(fh) {
                            Obj::Function(f) => vm.str_of(f.qualname).unwrap_or("?").to_string(),
                            Obj::Native(id) => vm.natives[*id as usize].qualname.clone(),
                            _ => "?".into(),
                        },
                        _ => "?".into(),
                    };
                    if let Value::Obj(fh) = b[1] {
                        if let Obj::Native(id) = vm.heap.get(fh) {
                            return Some(format!(
                                "<built-in method {} of {} object at {}>",
                                vm.natives[*id as usize].name,
                                vm.type_name(b[0]),
                                address(b[0].handle().unwrap_or(Handle(0)))
                            ));
                        }
                    }
                    format!("<bound method {} of {}>", fname, repr_in(vm, b[0], seen)?)
                }
                Obj::Class(c) => {
                    if c.module == "builtins" {
                        format!("<class '{}'>", c.qualname)
                    } else {
                        format!("<class '{}.{}'>", c.module, c.qualname)
                    }
                }
                Obj::Module(m) => {
                    if [
                        "sys",
                        "math",
                        "time",
                        "builtins",
                        "itertools",
                        "_collections",
                    ]
                    .contains(&m.name.as_str())
                    {
                        format!("<module '{}' (built-in)>", m.name)
                    } else {
                        format!("<module '{}'>", m.name)
                    }
                }
                Obj::Code(c) => format!("<code object {} at {}>", c.code.name, address(h)),
                Obj::Cell(_) => format!("<cell at {}>", address(h)),
                Obj::Generator(g) => {
                    let _ = g.state == GenState::Running;
                    format!(
                        "<generator object {} at {}>",
                        vm.str_of(g.qualname).unwrap_or("?"),
                        address(h)
                    )
                }
                Obj::Iter(it) => {
                    let name = match &**it {
                        IterState::Enumerate { .. } => "enumerate",
                        IterState::Zip { .. } => "zip",
                        IterState::Reversed { .. } => "list_reverseiterator",
                        _ => &vm.class(vm.type_of(v)).name,
                    };
                    format!("<{} object at {}>", name, address(h))
                }
                Obj::DictView(d, kind) => {
                    let name = match kind {
                        DictViewKind::Keys => "dict_keys",
                        DictViewKind::Values => "dict_values",
                        DictViewKind::Items => "dict_items",
                    };
                    let pairs = super::dict::dict_items(vm, *d);
                    let vals: Vec<Value> = match kind {
                        DictViewKind::Keys => pairs.iter().map(|p| p.0).collect(),
                        DictViewKind::Values => pairs.iter().map(|p| p.1).collect(),
                        DictViewKind::Items => {
                            let mut out = Vec::new();
                            for (k, val) in &pairs {
                                out.push(format!(
                                    "({}, {})",
                                    repr_in(vm, *k, seen)?,
                                    repr_in(vm, *val, seen)?
                                ));
                            }
                            return Some(format!("{}([{}])", name, out.join(", ")));
                        }
                    };
                    format!("{}([{}])", name, join(vm, &vals, seen)?)
                }
                Obj::Property(_) => format!("<property object at {}>", address(h)),
                Obj::StaticMethod(_) => format!("<staticmethod object at {}>", address(h)),
                Obj::ClassMethod(_) => format!("<classmethod object at {}>", address(h)),
                Obj::Super(s) => format!(
                    "<super: <class '{}'>, <{} object>>",
                    vm.class(s[0].handle()?).name,
                    vm.type_name(s[1])
                ),
                Obj::Deque(d) => {
                    if recursive {
                        return Some("[...]".into());
                    }
                    seen.push(h);
                    let items: Vec<Value> = d.items.iter().copied().collect();
                    let inner = join(vm, &items, seen)?;
                    seen.pop();
                    match d.maxlen {
                        Some(m) => format!("deque([{}], maxlen={})", inner, m),
                        None => format!("deque([{}])", inner),
                    }
                }
                Obj::Rng(_) => format!("<random.Random object at {}>", address(h)),
                Obj::Tasklet(_) => format!("<_stackless.tasklet object at {}>", address(h)),
                Obj::Channel(_) => format!("<_stackless.channel object at {}>", address(h)),
                Obj::NotImplemented => "NotImplemented".into(),
                Obj::Ellipsis => "Ellipsis".into(),
                Obj::Instance(i) => {
                    let c = vm.class(i.class);
                    if c.flags & class_flags::HAS_REPR != 0 {
                        return None;
                    }
                    if c.flags & class_flags::NAMEDTUPLE != 0 {
                        let Payload::Value(Value::Obj(t)) = i.payload else {
                            return None;
                        };
                        let Obj::Tuple(items) = vm.heap.get(t) else {
                            return None;
                        };
                        let fields = namedtuple_fields(vm, i.class);
                        let mut parts = Vec::new();
                        for (f, val) in fields.iter().zip(items.iter()) {
                            parts.push(format!(
                                "{}={}",
                                vm.str_of(*f).unwrap_or("?"),
                                repr_in(vm, *val, seen)?
                            ));
                        }
                        return Some(format!("{}({})", c.name, parts.join(", ")));
                    }
                    if i.class == vm.t.traceback {
                        // Its payload is bookkeeping, not its value.
                        return Some(format!("<traceback object at {}>", address(h)));
                    }
                    match &i.payload {
                        Payload::Exc(e) => {
                            let args = vm.tuple_items(e.args);
                            let inner = join(vm, &args, seen)?;
                            format!("{}({})", c.name, inner)
                        }
                        Payload::Value(p) => {
                            let r = repr_in(vm, *p, seen)?;
                            // Set and deque subclasses show their class name.
                            match p {
                                Value::Obj(ph) => match vm.heap.get(*ph) {
                                    Obj::Set(t) | Obj::FrozenSet(t) => {
                                        if t.is_empty() {
                                            format!("{}()", c.name)
                                        } else {
                                            let inner = match r.find('{') {
                                                Some(i) => &r[i..],
                                                None => &r[..],
                                            };
                                            let inner = inner.trim_end_matches(')');
                                            format!("{}({})", c.name, inner)
                                        }
                                    }
                                    Obj::Deque(_) => {
                                        format!("{}{}", c.name, r.trim_start_matches("deque"))
                                    }
                                    _ => r,
                                },
                                _ => r,
                            }
                        }
                        Payload::None => {
                            let qual = if c.module == "builtins" {
                                c.qualname.clone()
                            } else {
                                format!("{}.{}", c.module, c.qualname)
                            };
                            format!("<{} object at {}>", qual, address(h))
                        }
                    }
                }
            }
        }
    })
}

pub fn namedtuple_fields(vm: &Vm, cls: Handle) -> Vec<Value> {
    for &k in &vm.class(cls).mro {
        let c = vm.class(k);
        if c.flags & class_flags::NAMEDTUPLE != 0 && !c.fields.is_empty() {
            return c.fields.clone();
        }
    }
    vec![]
}

/// `str(v)` if no Python code is needed.
pub fn str_native(vm: &Vm, v: Value) -> Option<String> {
    if let Value::Obj(h) = v {
        match vm.heap.get(h) {
            Obj::Str(s) => return Some(s.as_str().to_string()),
            Obj::Instance(i) => {
                let c = vm.class(i.class);
                if c.flags & class_flags::HAS_STR != 0 {
                    return None;
                }
                if let Payload::Exc(e) = &i.payload {
                    if c.flags & class_flags::HAS_REPR != 0 && c.flags & class_flags::HAS_STR == 0 {
                        // BaseException.__str__ still applies (not __repr__).
                    }
                    let args = vm.tuple_items(e.args);
                    return match args.len() {
                        0 => Some(String::new()),
                        1 => {
                            if vm.isinstance(v, vm.t.key_error) {
                                repr_native(vm, args[0])
                            } else {
                                str_native(vm, args[0])
                            }
                        }
                        _ => repr_native(vm, e.args),
                    };
                }
                if let Payload::Value(p) = i.payload {
                    if c.flags & class_flags::HAS_REPR == 0 {
                        if let Value::Obj(ph) = p {
                            if let Obj::Str(s) = vm.heap.get(ph) {
                                return Some(s.as_str().to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    repr_native(vm, v)
}

impl Vm {
    /// `repr(v)` as a str value (may call `__repr__`).
    pub fn repr(&mut self, v: Value) -> PyResult {
        match repr_text(self, v) {
            Ok(s) => Ok(self.new_string(s)),
            Err(ReprMiss::TooBig) => Err(self.memory_error()),
            Err(ReprMiss::NeedsPython) => self.repr_slow(v),
        }
    }

    fn repr_slow(&mut self, v: Value) -> PyResult {
        self.check_int_str(v)?;
        if let Value::Obj(h) = v {
            if let Obj::Instance(i) = self.heap.get(h) {
                let cls = i.class;
                if self.class(cls).flags & class_flags::HAS_REPR != 0 {
                    let n = self.n.repr;
                    let f = self.lookup_type(cls, n);
                    return Err(call_with_cont(f, vec![v], ContKind::CheckStr("__repr__")));
                }
            }
        }
        Err(prelude_call(self, "_repr_slow", vec![v]))
    }

    /// `str(v)` as a str value (may call `__str__` or `__repr__`).
    pub fn to_str(&mut self, v: Value) -> PyResult {
        if let Value::Int(i) = v {
            let mut buf = [0; 20];
            return Ok(self.new_str(crate::objects::int::decimal(i, &mut buf)));
        }
        if let Some(s) = self.exact_str(v) {
            let _ = s;
            return Ok(v);
        }
        if let Some(s) = str_native(self, v) {
            return Ok(self.new_string(s));
        }
        if let Value::Obj(h) = v {
            if let Obj::Instance(i) = self.heap.get(h) {
                let cls = i.class;
                let is_exc = matches!(i.payload, Payload::Exc(_));
                let flags = self.class(cls).flags;
                if flags & class_flags::HAS_STR != 0 {
                    let n = self.n.str;
                    let f = self.lookup_type(cls, n);
                    return Err(call_with_cont(f, vec![v], ContKind::CheckStr("__str__")));
                }
                if is_exc {
                    return Err(prelude_call(self, "_exc_str", vec![v]));
                }
            }
        }
        self.repr(v)
    }

    /// Text of `str(v)` when natively known (for print and friends).
    pub fn str_text(&self, v: Value) -> Option<String> {
        str_native(self, v)
    }
}
