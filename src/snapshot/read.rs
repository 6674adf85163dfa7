//! Reading snapshots: parse, validate and rebuild. Every check that fails
//! names the JSON path of the offending value; nothing in a snapshot is
//! trusted: handles, code references, program counters and stack depths are
//! all checked against the runtime's own code before anything runs.
//!
//! Objects are rebuilt in three passes: give every object a handle (start-up
//! objects resolve by name), build each object's contents, then check the
//! types of objects that others rely on (a frame's globals must be a dict, a
//! channel's queue holds blocked tasklets, ...).

use super::json::{Arr, Node, J};
use super::names::BootNames;
use super::write::KEPT_FLAGS;
use super::{Mode, SnapshotError, VERSION};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::dict::{Dict, Entry};
use crate::objects::set::SetTable;
use crate::stackless::parked::ParkedExec;
use crate::stackless::tasklet::{flag, Resume, StartCall, Tasklet};
use crate::vm::cont::{CmpStage, ContKind};
use crate::vm::frame::{Completion, ExecState, Frame, Strict};
use crate::vm::object::{
    class_flags, CodeRt, Deque, DictViewKind, ExcData, Function, GenState, Generator, Instance,
    IterState, Layout, Module, Obj, Payload, PyStr, TbEntry,
};
use crate::vm::value::{Handle, MaybeHandle, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// A place in the document, for error messages (`objs[12][4][2]`).
#[derive(Clone, Copy)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

#[derive(Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

impl<'a> Path<'a> {
    pub fn root(key: &'a str) -> Path<'a> {
        Path {
            parent: None,
            seg: Seg::Key(key),
        }
    }

    pub fn key(&'a self, k: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Key(k),
        }
    }

    pub fn at(&'a self, i: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Index(i),
        }
    }

    pub fn render(&self) -> String {
        let mut segs = Vec::new();
        let mut p = Some(self);
        while let Some(n) = p {
            segs.push(n.seg);
            p = n.parent;
        }
        segs.reverse();
        let mut out = String::new();
        for (i, s) in segs.iter().enumerate() {
            match s {
                Seg::Key(k) if i == 0 => out.push_str(k),
                Seg::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Seg::Index(n) => {
                    out.push('[');
                    out.push_str(&n.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// Where this path points, cheap to keep for a check that may fail
    /// later: most paths are `$.objs` and a few indices, kept as numbers and
    /// rendered only for an error message.
    pub fn spot(&self) -> Spot {
        let mut idx = [0u32; SPOT_DEPTH];
        let mut len = 0;
        let mut p = self;
        loop {
            match (p.seg, p.parent) {
                (Seg::Index(i), Some(parent)) if len < SPOT_DEPTH => {
                    let Ok(i) = u32::try_from(i) else { break };
                    idx[len] = i;
                    len += 1;
                    p = parent;
                }
                (Seg::Key("objs"), Some(root))
                    if root.parent.is_none() && matches!(root.seg, Seg::Key("$")) =>
                {
                    idx[..len].reverse();
                    return Spot::Objs {
                        idx,
                        len: len as u8,
                    };
                }
                _ => break,
            }
        }
        Spot::Text(self.render())
    }

    pub fn err(&self, message: impl Into<String>) -> SnapshotError {
        SnapshotError {
            path: self.render(),
            message: message.into(),
        }
    }
}

const SPOT_DEPTH: usize = 6;

/// A path kept for later (see [`Path::spot`]).
pub enum Spot {
    /// `$.objs[idx[0]][idx[1]]...`
    Objs {
        idx: [u32; SPOT_DEPTH],
        len: u8,
    },
    Text(String),
}

impl Spot {
    fn render(&self) -> String {
        match self {
            Spot::Objs { idx, len } => {
                let mut out = String::from("$.objs");
                for i in &idx[..*len as usize] {
                    out.push_str(&format!("[{i}]"));
                }
                out
            }
            Spot::Text(t) => t.clone(),
        }
    }

    fn err(&self, message: &str) -> SnapshotError {
        SnapshotError {
            path: self.render(),
            message: message.into(),
        }
    }
}

type R<T> = Result<T, SnapshotError>;

/// What an object reference must turn out to be, checked after all objects
/// exist.
#[derive(Clone, Copy, PartialEq)]
enum Want {
    Dict,
    /// A dict or an instance of a dict subclass (iterators and views).
    DictLike,
    Class,
    Str,
    Tasklet,
    Channel,
    Generator,
    Deque,
    SetLike,
    Sequence,
    Instance,
}

pub struct Reader<'v> {
    vm: &'v mut Vm,
    names: Rc<BootNames>,
    mode: Mode,
    codes: Vec<Rc<CodeRt>>,
    handles: Vec<Handle>,
    /// Index of each object that the document builds (not by-name ones).
    built: Vec<bool>,
    checks: Vec<(Spot, Value, Want)>,
    /// Tasklets rebuilt, with their channel and direction when blocked.
    tasklets: Vec<(Handle, Option<Handle>, i8, Spot)>,
    /// Channels rebuilt, with their queues as the document lists them.
    channels: Vec<(Handle, Vec<Handle>, Spot)>,
}

fn arr<'d>(j: J<'d>, at: &Path) -> R<Arr<'d>> {
    j.as_array()
        .ok_or_else(|| at.err(format!("expected an array, found {}", j.describe())))
}

fn arr_len<'d>(j: J<'d>, at: &Path, min: usize, max: usize) -> R<Arr<'d>> {
    let a = arr(j, at)?;
    if a.len() < min || a.len() > max {
        return Err(at.err(format!("expected {min}..={max} items, found {}", a.len())));
    }
    Ok(a)
}

fn string<'d>(j: J<'d>, at: &Path) -> R<&'d str> {
    j.as_str()
        .ok_or_else(|| at.err(format!("expected a string, found {}", j.describe())))
}

fn int(j: J, at: &Path) -> R<i64> {
    j.as_i64()
        .ok_or_else(|| at.err(format!("expected an integer, found {}", j.describe())))
}

fn uint(j: J, at: &Path, max: u64) -> R<u64> {
    match j.as_u64() {
        Some(n) if n <= max => Ok(n),
        Some(n) => Err(at.err(format!("{n} is out of range (at most {max})"))),
        None => Err(at.err("expected a non-negative integer")),
    }
}

fn boolean(j: J, at: &Path) -> R<bool> {
    j.as_bool().ok_or_else(|| at.err("expected true or false"))
}

fn item<'d>(a: Arr<'d>, i: usize, at: &Path) -> R<J<'d>> {
    a.get(i).ok_or_else(|| at.err(format!("missing item {i}")))
}

impl<'v> Reader<'v> {
    pub fn new(vm: &'v mut Vm, mode: Mode) -> Reader<'v> {
        let names = vm.boot_names();
        Reader {
            vm,
            names,
            mode,
            codes: Vec::new(),
            handles: Vec::new(),
            built: Vec::new(),
            checks: Vec::new(),
            tasklets: Vec::new(),
            channels: Vec::new(),
        }
    }

    /// Check the envelope and rebuild codes and objects; returns the root.
    pub fn load<'j>(&mut self, doc: J<'j>) -> R<J<'j>> {
        let top = Path::root("$");
        if !doc.is_object() {
            return Err(top.err("a snapshot is a JSON object"));
        }
        let obj = doc;
        let version = obj
            .get("weft")
            .ok_or_else(|| top.err("not a Weft snapshot (no \"weft\" version)"))?;
        if version.as_u64() != Some(VERSION as u64) {
            return Err(top.key("weft").err(format!(
                "unsupported snapshot version {} (this runtime reads version {VERSION})",
                version.describe()
            )));
        }
        let kind = obj.get("kind").and_then(|k| k.as_str()).unwrap_or("");
        let want = match self.mode {
            Mode::Pickle => "pickle",
            Mode::Runtime => "runtime",
        };
        if kind != want {
            return Err(top
                .key("kind")
                .err(format!("expected a {want} snapshot, found {kind:?}")));
        }
        let get = |k: &str| obj.get(k);
        let src_at = top.key("src");
        let srcs = match get("src") {
            Some(s) => Some(arr(s, &src_at)?),
            None => None,
        };
        if let (Mode::Runtime, Some(srcs)) = (self.mode, srcs) {
            for (i, s) in srcs.iter().enumerate() {
                let at = src_at.at(i);
                let pair = arr_len(s, &at, 2, 2)?;
                let name = string(pair.at(0), &at.at(0))?;
                let text = string(pair.at(1), &at.at(1))?;
                self.vm
                    .compile_source(text, name)
                    .map_err(|e| at.err(format!("source does not compile: {e}")))?;
            }
        }
        let codes_at = top.key("codes");
        let codes = arr(
            get("codes").ok_or_else(|| codes_at.err("missing"))?,
            &codes_at,
        )?;
        for (i, c) in codes.iter().enumerate() {
            let at = codes_at.at(i);
            let t = arr_len(c, &at, 3, 3)?;
            let file = string(t.at(0), &at.at(0))?;
            let index = uint(t.at(1), &at.at(1), u32::MAX as u64)? as u32;
            let qualname = string(t.at(2), &at.at(2))?;
            let code = self.vm.find_code(file, index).ok_or_else(|| {
                at.err(format!(
                    "code {qualname} ({file} #{index}) is not loaded in this runtime"
                ))
            })?;
            if code.qualname != qualname {
                return Err(at.err(format!(
                    "code {file} #{index} is {}, not {qualname} (the source changed?)",
                    code.qualname
                )));
            }
            let rt = self.vm.load_code(&code);
            self.codes.push(rt);
        }
        let objs_at = top.key("objs");
        let objs = arr(get("objs").ok_or_else(|| objs_at.err("missing"))?, &objs_at)?;
        self.allocate(objs, &objs_at)?;
        for (i, o) in objs.iter().enumerate() {
            if self.built[i] {
                let at = objs_at.at(i);
                let obj = self.contents(o, &at, self.handles[i])?;
                self.vm.heap.put(self.handles[i], obj);
            }
        }
        self.check_types()?;
        self.refuse_immutable_cycles()?;
        self.intern_slot_names();
        self.intern_attribute_names();
        self.link_queues()?;
        get("root").ok_or_else(|| top.key("root").err("missing"))
    }

    /// Pass 1: a handle for every object.
    fn allocate(&mut self, objs: Arr, at: &Path) -> R<()> {
        self.handles.reserve(objs.len());
        for (i, o) in objs.iter().enumerate() {
            let at = at.at(i);
            let a = arr(o, &at)?;
            let tag = string(item(a, 0, &at)?, &at.at(0))?;
            let by_name = match tag {
                "B" => Some(self.boot(a, &at)?),
                "G" | "M" if self.mode == Mode::Pickle => Some(self.module_ref(tag, a, &at)?),
                "R" if self.mode == Mode::Pickle => Some(self.global_ref(a, &at)?),
                _ => None,
            };
            match by_name {
                Some(h) => {
                    self.handles.push(h);
                    self.built.push(false);
                }
                None if tag == "O" && self.mode == Mode::Runtime => {
                    let h = self.boot(a, &at)?;
                    self.handles.push(h);
                    self.built.push(true);
                }
                None => {
                    let h = self.vm.heap.alloc(Obj::NotImplemented);
                    self.handles.push(h);
                    self.built.push(true);
                }
            }
        }
        Ok(())
    }

    fn boot(&self, a: Arr, at: &Path) -> R<Handle> {
        let name = string(item(a, 1, at)?, &at.at(1))?;
        self.names
            .resolve(name)
            .ok_or_else(|| at.err(format!("unknown built-in object {name:?}")))
    }

    fn module_ref(&mut self, tag: &str, a: Arr, at: &Path) -> R<Handle> {
        let name = string(item(a, 1, at)?, &at.at(1))?;
        self.module_named(tag, name, at)
    }

    fn module_dict(&mut self, name: &str, at: &Path) -> R<Handle> {
        self.module_named("G", name, at)
    }

    fn module_named(&mut self, tag: &str, name: &str, at: &Path) -> R<Handle> {
        if name == "__main__" && tag == "G" {
            return Ok(self.vm.main_globals);
        }
        let key = self.vm.intern(name);
        let m = crate::builtins::dict::dict_get_str(self.vm, Value::Obj(self.vm.modules), key)
            .and_then(|m| m.handle())
            .ok_or_else(|| at.err(format!("module {name:?} is not imported in this runtime")))?;
        match (tag, self.vm.heap.get(m)) {
            ("M", Obj::Module(_)) => Ok(m),
            ("G", Obj::Module(md)) => Ok(md.dict),
            _ => Err(at.err(format!("sys.modules[{name:?}] is not a module"))),
        }
    }

    fn global_ref(&mut self, a: Arr, at: &Path) -> R<Handle> {
        let module = string(item(a, 1, at)?, &at.at(1))?;
        let qualname = string(item(a, 2, at)?, &at.at(2))?;
        let dict = if module == "__main__" {
            self.vm.main_globals
        } else {
            self.module_dict(module, at)?
        };
        let key = self.vm.intern(qualname);
        let v = crate::builtins::dict::dict_get_str(self.vm, Value::Obj(dict), key).ok_or_else(
            || {
                at.err(format!(
                    "{module}.{qualname} does not exist in this runtime"
                ))
            },
        )?;
        match v {
            Value::Obj(h) if matches!(self.vm.heap.get(h), Obj::Function(_) | Obj::Class(_)) => {
                Ok(h)
            }
            _ => Err(at.err(format!("{module}.{qualname} is not a function or class"))),
        }
    }

    // ----- values -----

    pub fn value(&self, j: J, at: &Path) -> R<Value> {
        match j.node() {
            Node::Null => return Ok(Value::None),
            Node::Bool(b) => return Ok(Value::Bool(b)),
            Node::Int(i) => return Ok(Value::Int(i)),
            Node::Float(f) => return Ok(Value::Float(f)),
            _ => {}
        }
        if j.as_str() == Some("-") {
            return Ok(Value::Null);
        }
        if let Some(a) = j.as_array() {
            if a.len() == 1 {
                let i = uint(a.at(0), &at.at(0), u32::MAX as u64)? as usize;
                let h = self.handles.get(i).ok_or_else(|| {
                    at.err(format!("reference to object {i}, which does not exist"))
                })?;
                return Ok(Value::Obj(*h));
            }
        }
        if j.is_object() {
            return match j.get("f").and_then(|f| f.as_str()) {
                Some("nan") => Ok(Value::Float(f64::NAN)),
                Some("inf") => Ok(Value::Float(f64::INFINITY)),
                Some("-inf") => Ok(Value::Float(f64::NEG_INFINITY)),
                _ => Err(at.err("unknown value object")),
            };
        }
        Err(at.err(format!("{} is not a value", j.describe())))
    }

    fn values(&self, j: J, at: &Path) -> R<Vec<Value>> {
        let mut out = Vec::new();
        self.values_into(j, at, &mut out)?;
        Ok(out)
    }

    /// Append an array of values to `out`; returns how many.
    fn values_into(&self, j: J, at: &Path, out: &mut Vec<Value>) -> R<usize> {
        let a = arr(j, at)?;
        out.reserve(a.len());
        for (i, v) in a.iter().enumerate() {
            out.push(self.value(v, &at.at(i))?);
        }
        Ok(a.len())
    }

    fn handle(&mut self, j: J, at: &Path, want: Want) -> R<Handle> {
        match self.value(j, at)? {
            Value::Obj(h) => {
                self.checks.push((at.spot(), Value::Obj(h), want));
                Ok(h)
            }
            _ => Err(at.err("expected an object reference")),
        }
    }

    fn want(&mut self, v: Value, at: &Path, want: Want) {
        if let Value::Obj(_) = v {
            self.checks.push((at.spot(), v, want));
        }
    }

    fn code(&self, j: J, at: &Path) -> R<Rc<CodeRt>> {
        let i = uint(j, at, u32::MAX as u64)? as usize;
        self.codes
            .get(i)
            .cloned()
            .ok_or_else(|| at.err(format!("code {i} is not in the code table")))
    }

    fn dict(&mut self, j: J, at: &Path) -> R<Dict> {
        let a = arr(j, at)?;
        if a.len() % 3 != 0 {
            return Err(at.err("dict entries come in (hash, key, value) triples"));
        }
        let mut d = Dict::with_capacity(a.len() / 3);
        for (n, t) in a.groups(3).enumerate() {
            let hash = int(t.at(0), &at.at(3 * n))?;
            let key = self.value(t.at(1), &at.at(3 * n + 1))?;
            let value = self.value(t.at(2), &at.at(3 * n + 2))?;
            if key.is_null() || value.is_null() {
                return Err(at.at(3 * n + 1).err("empty slot in a dict"));
            }
            // A str key's hash is recomputed, so lookups by name always work.
            let hash = match key {
                Value::Obj(h) => match self.vm.heap.get(h) {
                    Obj::Str(s) => crate::objects::hash::hash_str(s.as_str()),
                    _ => hash,
                },
                _ => hash,
            };
            d.push_new(hash, key, value);
        }
        Ok(d)
    }

    // ----- objects -----

    fn contents(&mut self, o: J, at: &Path, me: Handle) -> R<Obj> {
        let a = arr(o, at)?;
        let tag = string(item(a, 0, at)?, &at.at(0))?;
        if tag == "O" {
            let inner = item(a, 2, at)?;
            let kind_ok =
                |new: &Obj, old: &Obj| std::mem::discriminant(new) == std::mem::discriminant(old);
            let new = self.contents(inner, &at.at(2), me)?;
            let h = self.boot(a, at)?;
            if !kind_ok(&new, self.vm.heap.get(h)) {
                return Err(at.err("contents do not match the kind of the built-in object"));
            }
            return Ok(new);
        }
        let i1 = |i: usize| item(a, i, at);
        Ok(match tag {
            "s" => Obj::Str(PyStr::new(string(i1(1)?, &at.at(1))?)),
            "i" => {
                let digits = string(i1(1)?, &at.at(1))?;
                let (negative, magnitude) = match digits.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, digits),
                };
                let b: num_bigint::BigInt = if let Some(hex) = magnitude.strip_prefix("0x") {
                    // Hex parses in linear time: as long as the runtime's
                    // largest int (2^32 bits).
                    if hex.len() > 1 << 28 {
                        return Err(at.at(1).err("integer with too many digits"));
                    }
                    let m = num_bigint::BigUint::parse_bytes(hex.as_bytes(), 16)
                        .ok_or_else(|| at.at(1).err("not an integer"))?;
                    let m = num_bigint::BigInt::from(m);
                    if negative {
                        -m
                    } else {
                        m
                    }
                } else {
                    if digits.len() > 100_000 {
                        return Err(at.at(1).err("integer with too many digits"));
                    }
                    digits.parse().map_err(|_| at.at(1).err("not an integer"))?
                };
                Obj::BigInt(Box::new(b))
            }
            "t" => Obj::Tuple(self.values(i1(1)?, &at.at(1))?.into_boxed_slice()),
            "l" => Obj::List(self.values(i1(1)?, &at.at(1))?),
            "d" => Obj::Dict(Box::new(self.dict(i1(1)?, &at.at(1))?)),
            "S" | "F" => {
                let size = uint(i1(1)?, &at.at(1), 1 << 31)? as usize;
                let finger = uint(i1(2)?, &at.at(2), 1 << 31)? as usize;
                let list = arr(i1(3)?, &at.at(3))?;
                if list.len() % 3 != 0 {
                    return Err(at.at(3).err("set slots come in (slot, hash, key) triples"));
                }
                let mut slots = Vec::with_capacity(list.len() / 3);
                for (n, t) in list.groups(3).enumerate() {
                    let p = at.at(3);
                    let slot = uint(t.at(0), &p.at(3 * n), size as u64)? as usize;
                    let hash = int(t.at(1), &p.at(3 * n + 1))?;
                    let key = self.value(t.at(2), &p.at(3 * n + 2))?;
                    slots.push((slot, hash, key));
                }
                let table = SetTable::from_raw(size, finger, slots).map_err(|m| at.err(m))?;
                if tag == "S" {
                    Obj::Set(Box::new(table))
                } else {
                    Obj::FrozenSet(Box::new(table))
                }
            }
            "y" => {
                let hex = string(i1(1)?, &at.at(1))?;
                if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(at.at(1).err("bytes are written as hex digit pairs"));
                }
                let bytes: Vec<u8> = (0..hex.len() / 2)
                    .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(0))
                    .collect();
                Obj::Bytes(bytes.into_boxed_slice())
            }
            "r" => {
                let r = [
                    int(i1(1)?, &at.at(1))?,
                    int(i1(2)?, &at.at(2))?,
                    int(i1(3)?, &at.at(3))?,
                ];
                if r[2] == 0 {
                    return Err(at.at(3).err("range step is zero"));
                }
                Obj::Range(Box::new(r))
            }
            "sl" => {
                let v = self.values(i1(1)?, &at.at(1))?;
                let v: [Value; 3] = v
                    .try_into()
                    .map_err(|_| at.at(1).err("a slice has three parts"))?;
                Obj::Slice(Box::new(v))
            }
            "f" => self.function(a, at)?,
            "n" => {
                let q = string(i1(1)?, &at.at(1))?;
                let id = self
                    .vm
                    .native_id(q)
                    .ok_or_else(|| at.at(1).err(format!("unknown native function {q:?}")))?;
                Obj::Native(id)
            }
            "bm" => {
                let v = self.values(i1(1)?, &at.at(1))?;
                let v: [Value; 2] = v
                    .try_into()
                    .map_err(|_| at.at(1).err("a bound method is (self, function)"))?;
                Obj::BoundMethod(Box::new(v))
            }
            "c" => self.class(a, at, me)?,
            "o" => self.instance(a, at)?,
            "mod" => {
                let name = string(i1(1)?, &at.at(1))?.to_string();
                let dict = self.handle(i1(2)?, &at.at(2), Want::Dict)?;
                Obj::Module(Box::new(Module { name, dict }))
            }
            "C" => Obj::Code(self.code(i1(1)?, &at.at(1))?),
            "cell" => Obj::Cell(self.value(i1(1)?, &at.at(1))?),
            "g" => self.generator(a, at)?,
            "it" => Obj::Iter(Box::new(self.iterator(a, at)?)),
            "dv" => {
                let d = self.value(i1(1)?, &at.at(1))?;
                self.want(d, &at.at(1), Want::DictLike);
                Obj::DictView(d, view(uint(i1(2)?, &at.at(2), 2)?))
            }
            "p" => {
                let v = self.values(i1(1)?, &at.at(1))?;
                let v: [Value; 4] = v
                    .try_into()
                    .map_err(|_| at.at(1).err("a property has four parts"))?;
                Obj::Property(Box::new(v))
            }
            "sm" => Obj::StaticMethod(self.value(i1(1)?, &at.at(1))?),
            "cm" => Obj::ClassMethod(self.value(i1(1)?, &at.at(1))?),
            "su" => {
                let v = self.values(i1(1)?, &at.at(1))?;
                let v: [Value; 2] = v
                    .try_into()
                    .map_err(|_| at.at(1).err("super is (type, object)"))?;
                self.want(v[0], &at.at(1).at(0), Want::Class);
                Obj::Super(Box::new(v))
            }
            "dq" => {
                let items = self.values(i1(1)?, &at.at(1))?;
                let m = i1(2)?;
                let maxlen = if m.is_null() {
                    None
                } else {
                    Some(uint(m, &at.at(2), u32::MAX as u64)? as usize)
                };
                if maxlen.is_some_and(|m| items.len() > m) {
                    return Err(at.err("deque longer than its maxlen"));
                }
                Obj::Deque(Box::new(Deque {
                    items: items.into(),
                    maxlen,
                }))
            }
            "mt" => {
                let words = arr(i1(1)?, &at.at(1))?;
                let mut mt = crate::builtins::random::MersenneTwister::new(0);
                if words.len() != mt.mt.len() {
                    return Err(at.at(1).err(format!(
                        "a Mersenne Twister state has {} words",
                        mt.mt.len()
                    )));
                }
                for (i, w) in words.iter().enumerate() {
                    mt.mt[i] = uint(w, &at.at(1).at(i), u32::MAX as u64)? as u32;
                }
                mt.index = uint(i1(2)?, &at.at(2), mt.mt.len() as u64)? as usize;
                Obj::Rng(Box::new(mt))
            }
            "T" => self.tasklet(a, at, me)?,
            "ch" => {
                let preference = int(i1(1)?, &at.at(1))?.clamp(-1, 1) as i8;
                let closing = boolean(i1(2)?, &at.at(2))?;
                let schedule_all = boolean(i1(3)?, &at.at(3))?;
                let q = arr(i1(4)?, &at.at(4))?;
                let mut queue = Vec::with_capacity(q.len());
                for (i, t) in q.iter().enumerate() {
                    queue.push(self.handle(t, &at.at(4).at(i), Want::Tasklet)?);
                }
                self.channels.push((me, queue, at.spot()));
                Obj::Channel(crate::stackless::channel::Channel {
                    preference,
                    closing,
                    schedule_all,
                    ..Default::default()
                })
            }
            "NI" => Obj::NotImplemented,
            "EL" => Obj::Ellipsis,
            other => return Err(at.at(0).err(format!("unknown object kind {other:?}"))),
        })
    }

    fn function(&mut self, a: Arr, at: &Path) -> R<Obj> {
        if a.len() != 11 {
            return Err(at.err("a function has 11 parts"));
        }
        let code = self.code(a.at(1), &at.at(1))?;
        let globals = self.handle(a.at(2), &at.at(2), Want::Dict)?;
        let name = self.value(a.at(3), &at.at(3))?;
        let qualname = self.value(a.at(4), &at.at(4))?;
        self.want(name, &at.at(3), Want::Str);
        self.want(qualname, &at.at(4), Want::Str);
        let defaults = self.values(a.at(5), &at.at(5))?;
        let kwdefaults = self.value(a.at(6), &at.at(6))?;
        let closure = self.values(a.at(7), &at.at(7))?;
        if closure.len() != code.code.freevars.len() {
            return Err(at.at(7).err(format!(
                "the code has {} free variables, the closure {} cells",
                code.code.freevars.len(),
                closure.len()
            )));
        }
        let dict = self.value(a.at(8), &at.at(8))?;
        if !dict.is_null() {
            self.want(dict, &at.at(8), Want::Dict);
        }
        if !kwdefaults.is_null() {
            self.want(kwdefaults, &at.at(6), Want::Dict);
        }
        Ok(Obj::Function(Box::new(Function {
            code,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            dict,
            doc: self.value(a.at(9), &at.at(9))?,
            module: self.value(a.at(10), &at.at(10))?,
        })))
    }

    fn class(&mut self, a: Arr, at: &Path, me: Handle) -> R<Obj> {
        if a.len() != 11 {
            return Err(at.err("a class has 11 parts"));
        }
        let name = string(a.at(1), &at.at(1))?.to_string();
        let qualname = string(a.at(2), &at.at(2))?.to_string();
        let module = string(a.at(3), &at.at(3))?.to_string();
        let mut bases = Vec::new();
        for (i, b) in arr(a.at(4), &at.at(4))?.iter().enumerate() {
            bases.push(self.handle(b, &at.at(4).at(i), Want::Class)?);
        }
        let mut mro = Vec::new();
        for (i, b) in arr(a.at(5), &at.at(5))?.iter().enumerate() {
            mro.push(self.handle(b, &at.at(5).at(i), Want::Class)?);
        }
        if mro.first() != Some(&me) {
            return Err(at.at(5).err("a class's MRO starts with the class"));
        }
        let dict = self.dict(a.at(6), &at.at(6))?;
        let layout = layout(uint(a.at(7), &at.at(7), 10)?);
        // Only what the dunders cannot tell is kept; the rest is recomputed.
        let flags = uint(a.at(8), &at.at(8), u32::MAX as u64)? as u32 & class_flags::NAMEDTUPLE;
        let fields = self.values(a.at(9), &at.at(9))?;
        let slots = match a.at(10) {
            j if j.is_null() => None,
            j => {
                let names = self.values(j, &at.at(10))?;
                for (i, n) in names.iter().enumerate() {
                    self.want(*n, &at.at(10).at(i), Want::Str);
                }
                Some(names)
            }
        };
        Ok(Obj::Class(Box::new(crate::vm::object::Class {
            name,
            qualname,
            module,
            bases,
            mro,
            dict,
            layout,
            flags,
            fields,
            slots,
        })))
    }

    fn instance(&mut self, a: Arr, at: &Path) -> R<Obj> {
        if a.len() != 5 {
            return Err(at.err("an instance has 5 parts"));
        }
        let class = self.handle(a.at(1), &at.at(1), Want::Class)?;
        let dict = self.dict(a.at(2), &at.at(2))?;
        let dict_obj = self.value(a.at(3), &at.at(3))?;
        if !dict_obj.is_null() {
            self.want(dict_obj, &at.at(3), Want::Dict);
        }
        let payload = match a.at(4) {
            j if j.is_null() => Payload::None,
            j => {
                let p = arr(j, &at.at(4))?;
                match string(item(p, 0, &at.at(4))?, &at.at(4).at(0))? {
                    "v" => Payload::Value(self.value(item(p, 1, &at.at(4))?, &at.at(4).at(1))?),
                    "e" => {
                        let pa = at.at(4);
                        if p.len() != 8 {
                            return Err(pa.err("exception data has 8 parts"));
                        }
                        let tb = arr(p.at(5), &pa.at(5))?;
                        if tb.len() % 2 != 0 {
                            return Err(pa.at(5).err("traceback entries are (code, line) pairs"));
                        }
                        let mut traceback = Vec::with_capacity(tb.len() / 2);
                        for (n, e) in tb.groups(2).enumerate() {
                            traceback.push(TbEntry {
                                code: self.code(e.at(0), &pa.at(5).at(2 * n))?,
                                line: uint(e.at(1), &pa.at(5).at(2 * n + 1), u32::MAX as u64)?
                                    as u32,
                            });
                        }
                        Payload::Exc(Box::new(ExcData {
                            args: self.value(p.at(1), &pa.at(1))?,
                            cause: self.value(p.at(2), &pa.at(2))?,
                            context: self.value(p.at(3), &pa.at(3))?,
                            suppress_context: boolean(p.at(4), &pa.at(4))?,
                            traceback,
                            name: self.value(p.at(6), &pa.at(6))?,
                            obj: self.value(p.at(7), &pa.at(7))?,
                        }))
                    }
                    other => return Err(at.at(4).err(format!("unknown payload {other:?}"))),
                }
            }
        };
        Ok(Obj::Instance(Box::new(Instance {
            class,
            dict,
            payload,
            dict_obj,
        })))
    }

    fn generator(&mut self, a: Arr, at: &Path) -> R<Obj> {
        if a.len() != 8 {
            return Err(at.err("a generator has 8 parts"));
        }
        let code = self.code(a.at(1), &at.at(1))?;
        let state = match uint(a.at(2), &at.at(2), 3)? {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Finished,
        };
        let name = self.value(a.at(3), &at.at(3))?;
        let qualname = self.value(a.at(4), &at.at(4))?;
        let exc_state = self.value(a.at(5), &at.at(5))?;
        let exc_prev = self.value(a.at(6), &at.at(6))?;
        let (frame, saved) = match a.at(7) {
            j if j.is_null() => (None, Vec::new()),
            j => {
                let mut globals = None;
                let mut values = Vec::new();
                let frame = self.frame(j, &at.at(7), &mut globals, &mut values)?;
                if !Rc::ptr_eq(&frame.code, &code) {
                    return Err(at.at(7).err("a generator's frame runs another code"));
                }
                let expected = match state {
                    GenState::Created => 0,
                    GenState::Suspended => depth_at(&code, frame.pc).saturating_sub(1),
                    _ => {
                        return Err(at
                            .at(7)
                            .err("only created or suspended generators keep a frame"))
                    }
                };
                check_temporaries(
                    &code,
                    frame.pc,
                    values.len() - code.code.nslots(),
                    expected,
                    &at.at(7),
                )?;
                (Some(frame), values)
            }
        };
        if frame.is_none() && matches!(state, GenState::Created | GenState::Suspended) {
            return Err(at
                .at(7)
                .err("a created or suspended generator needs its frame"));
        }
        Ok(Obj::Generator(Box::new(Generator {
            frame,
            saved,
            state,
            name,
            qualname,
            code,
            exc_state,
            exc_prev,
        })))
    }

    fn iterator(&mut self, a: Arr, at: &Path) -> R<IterState> {
        let kind = string(item(a, 1, at)?, &at.at(1))?;
        let idx = |i: usize| -> R<usize> {
            Ok(uint(item(a, i, at)?, &at.at(i), u32::MAX as u64)? as usize)
        };
        Ok(match kind {
            "seq" => {
                let seq = self.value(item(a, 2, at)?, &at.at(2))?;
                self.want(seq, &at.at(2), Want::Sequence);
                if !matches!(seq, Value::Obj(_)) {
                    return Err(at.at(2).err("expected a sequence"));
                }
                IterState::Seq { seq, idx: idx(3)? }
            }
            "str" => {
                let s = self.handle(item(a, 2, at)?, &at.at(2), Want::Str)?;
                IterState::Str { s, pos: idx(3)? }
            }
            "range" => IterState::Range {
                cur: int(item(a, 2, at)?, &at.at(2))?,
                stop: int(item(a, 3, at)?, &at.at(3))?,
                step: int(item(a, 4, at)?, &at.at(4))?,
            },
            "dict" => {
                let dict = self.value(item(a, 2, at)?, &at.at(2))?;
                self.want(dict, &at.at(2), Want::DictLike);
                if !matches!(dict, Value::Obj(_)) {
                    return Err(at.at(2).err("expected a dict"));
                }
                IterState::Dict {
                    dict,
                    idx: idx(3)?,
                    len: idx(4)?,
                    kind: view(uint(item(a, 5, at)?, &at.at(5), 2)?),
                }
            }
            "set" => {
                let set = self.value(item(a, 2, at)?, &at.at(2))?;
                self.want(set, &at.at(2), Want::SetLike);
                if !matches!(set, Value::Obj(_)) {
                    return Err(at.at(2).err("expected a set"));
                }
                IterState::Set {
                    set,
                    idx: idx(3)?,
                    len: idx(4)?,
                }
            }
            "rev" => {
                let seq = self.value(item(a, 2, at)?, &at.at(2))?;
                self.want(seq, &at.at(2), Want::Sequence);
                if !matches!(seq, Value::Obj(_)) {
                    return Err(at.at(2).err("expected a sequence"));
                }
                IterState::Reversed { seq, idx: idx(3)? }
            }
            "enum" => IterState::Enumerate {
                it: self.value(item(a, 2, at)?, &at.at(2))?,
                count: int(item(a, 3, at)?, &at.at(3))?,
            },
            "zip" => IterState::Zip {
                its: self.values(item(a, 2, at)?, &at.at(2))?,
            },
            "deque" => IterState::Deque {
                deque: self.handle(item(a, 2, at)?, &at.at(2), Want::Deque)?,
                idx: idx(3)?,
                len: idx(4)?,
            },
            "done" => IterState::Exhausted,
            other => return Err(at.at(1).err(format!("unknown iterator kind {other:?}"))),
        })
    }

    fn tasklet(&mut self, a: Arr, at: &Path, me: Handle) -> R<Obj> {
        if a.len() != 7 {
            return Err(at.err("a tasklet has 7 parts"));
        }
        let mut flags = (uint(a.at(1), &at.at(1), u16::MAX as u64)? as u16) & KEPT_FLAGS;
        if self.mode == Mode::Pickle {
            // Waits on the host and on run() belong to the runtime that
            // pickled the tasklet, not to this one.
            flags &= !(flag::SLEEPING | flag::READING | flag::WATCHDOG | flag::MAIN);
        }
        let tempval = self.value(a.at(2), &at.at(2))?;
        let resume = self.resume(a.at(3), &at.at(3))?;
        let exec = self.exec(a.at(4), &at.at(4), &resume)?;
        let channel = match a.at(5) {
            j if j.is_null() => None,
            j => Some(self.handle(j, &at.at(5), Want::Channel)?),
        };
        let dir = int(a.at(6), &at.at(6))?.clamp(-1, 1) as i8;
        if channel.is_some() && dir == 0 {
            return Err(at.at(6).err("a blocked tasklet sends (1) or receives (-1)"));
        }
        let alive = flags & flag::ALIVE != 0;
        if !alive && (!exec.frames.is_empty() || channel.is_some()) {
            return Err(at.err("a dead tasklet has no frames and waits on nothing"));
        }
        if matches!(resume, Resume::Start(_)) && !exec.frames.is_empty() {
            return Err(at.at(3).err("a tasklet that has not started has no frames"));
        }
        self.tasklets.push((me, channel, dir, at.spot()));
        let mut t = Tasklet::new();
        t.flags = flags;
        t.tempval = tempval;
        t.set_resume(resume);
        t.exec = ParkedExec::park(exec);
        Ok(Obj::Tasklet(Box::new(t)))
    }

    fn resume(&mut self, j: J, at: &Path) -> R<Resume> {
        if j.is_null() {
            return Ok(Resume::Continue);
        }
        let a = arr(j, at)?;
        match string(item(a, 0, at)?, &at.at(0))? {
            "d" => Ok(Resume::Deliver(
                self.completion(item(a, 1, at)?, &at.at(1))?,
            )),
            "s" => {
                let func = self.value(item(a, 1, at)?, &at.at(1))?;
                let args = self.values(item(a, 2, at)?, &at.at(2))?;
                let kw = arr(item(a, 3, at)?, &at.at(3))?;
                if kw.len() % 2 != 0 {
                    return Err(at
                        .at(3)
                        .err("keyword arguments come in (name, value) pairs"));
                }
                let mut kwargs = Vec::new();
                for (n, p) in kw.groups(2).enumerate() {
                    let k = self.value(p.at(0), &at.at(3).at(2 * n))?;
                    self.want(k, &at.at(3).at(2 * n), Want::Str);
                    kwargs.push((k, self.value(p.at(1), &at.at(3).at(2 * n + 1))?));
                }
                Ok(Resume::Start(Box::new(StartCall { func, args, kwargs })))
            }
            other => Err(at.at(0).err(format!("unknown resume kind {other:?}"))),
        }
    }

    /// `[pre, exc_info, [frame...]]` into an execution state, checking each
    /// frame's stack against its code.
    fn exec(&mut self, j: J, at: &Path, resume: &Resume) -> R<ExecState> {
        let a = arr_len(j, at, 3, 3)?;
        let mut stack = self.values(a.at(0), &at.at(0))?;
        let exc_info = self.value(a.at(1), &at.at(1))?;
        self.want(exc_info, &at.at(1), Want::Instance);
        let fa = arr(a.at(2), &at.at(2))?;
        let mut frames: Vec<Frame> = Vec::with_capacity(fa.len());
        let mut globals = None;
        for (i, fj) in fa.iter().enumerate() {
            let frames_at = at.at(2);
            let p = frames_at.at(i);
            let frame = self.frame(fj, &p, &mut globals, &mut stack)?;
            if i == 0 && !matches!(frame.completion, Completion::Exit) {
                return Err(p
                    .at(3)
                    .err("a tasklet's bottom frame completes with Exit (2)"));
            }
            if i > 0 && matches!(frame.completion, Completion::Exit) {
                return Err(p.at(3).err("only the bottom frame completes with Exit"));
            }
            if let Some(caller) = frames.last() {
                jumps_fit(&frame.completion, &caller.code, &p.at(3))?;
            }
            frames.push(frame);
        }
        if let Resume::Deliver(c) = resume {
            match frames.last() {
                Some(top) => jumps_fit(c, &top.code, at)?,
                None if has_jump(c) => return Err(at.err("a jump with no frame to jump in")),
                None => {}
            }
        }
        // Each frame holds exactly the temporaries its pc expects, given
        // what the call above it (or the tasklet's resume) will push.
        for i in 0..frames.len() {
            let f = &frames[i];
            let end = frames.get(i + 1).map_or(stack.len(), |n| n.ret_sp as usize);
            let pushes = match frames.get(i + 1) {
                Some(n) => pushes(&n.completion),
                None => match resume {
                    Resume::Deliver(c) => pushes(c),
                    _ => Some(0),
                },
            };
            let temps = end - (f.base as usize + f.code.code.nslots());
            let frames_at = at.at(2);
            let p = frames_at.at(i);
            if let Some(k) = pushes {
                let expected = depth_at(&f.code, f.pc).checked_sub(k).ok_or_else(|| {
                    p.err(format!(
                        "the code has no value for the call at pc {} to deliver",
                        f.pc
                    ))
                })?;
                check_temporaries(&f.code, f.pc, temps, expected, &p)?;
            } else if temps > depth_at(&f.code, f.pc) + 1 {
                return Err(p.err("more temporaries than the code holds at this pc"));
            }
        }
        Ok(ExecState {
            stack,
            frames,
            exc_info,
        })
    }

    /// `[code, pc, off, completion, values, globals?, locals?, gen?]`; the
    /// frame's base is `off` (the caller adds the stack height).
    /// A frame, whose values are appended to `stack`; its base is where
    /// they start.
    fn frame(
        &mut self,
        j: J,
        at: &Path,
        globals: &mut Option<Handle>,
        stack: &mut Vec<Value>,
    ) -> R<Frame> {
        let a = arr_len(j, at, 5, 8)?;
        let code = self.code(a.at(0), &at.at(0))?;
        // A suspended frame resumes at an instruction of its code: never at
        // (or past) its end.
        let last = code.code.ops.len().saturating_sub(1) as u64;
        let pc = uint(a.at(1), &at.at(1), last)? as u32;
        let off = uint(a.at(2), &at.at(2), u32::MAX as u64)? as usize;
        let completion = self.completion(a.at(3), &at.at(3))?;
        let ret_sp = stack.len();
        let count = self.values_into(a.at(4), &at.at(4), stack)?;
        if off + code.code.nslots() > count {
            return Err(at.at(4).err(format!(
                "the frame's {} slots do not fit in its {count} values",
                code.code.nslots(),
            )));
        }
        if let Some(g) = a.get(5) {
            *globals = Some(self.handle(g, &at.at(5), Want::Dict)?);
        }
        let globals = globals.ok_or_else(|| at.err("the first frame names its globals"))?;
        let locals = match a.get(6) {
            Some(j) if !j.is_null() => MaybeHandle::some(self.handle(j, &at.at(6), Want::Dict)?),
            _ => MaybeHandle::NONE,
        };
        let gen = match a.get(7) {
            Some(j) if !j.is_null() => {
                MaybeHandle::some(self.handle(j, &at.at(7), Want::Generator)?)
            }
            _ => MaybeHandle::NONE,
        };
        Ok(Frame {
            code,
            pc,
            base: (ret_sp + off) as u32,
            ret_sp: ret_sp as u32,
            globals,
            locals,
            completion,
            gen,
        })
    }

    /// A completion; its jump targets are checked later against the code
    /// it returns into (`jumps_fit`).
    fn completion(&mut self, j: J, at: &Path) -> R<Completion> {
        if let Some(n) = j.as_u64() {
            return match n {
                0 => Ok(Completion::Push),
                1 => Ok(Completion::Discard),
                2 => Ok(Completion::Exit),
                3 => Ok(Completion::YieldFromStep),
                _ => Err(at.err("unknown completion")),
            };
        }
        let a = arr(j, at)?;
        match string(item(a, 0, at)?, &at.at(0))? {
            "I" => Ok(Completion::Init(self.handle(
                item(a, 1, at)?,
                &at.at(1),
                Want::Instance,
            )?)),
            "J" => Ok(Completion::CondJump {
                target: uint(item(a, 1, at)?, &at.at(1), u32::MAX as u64)? as u32,
                jump_if: boolean(item(a, 2, at)?, &at.at(2))?,
                strict: strict(uint(item(a, 3, at)?, &at.at(3), 2)?),
            }),
            "K" => {
                let kind = self.cont_kind(item(a, 1, at)?, &at.at(1))?;
                let then = self.completion(item(a, 2, at)?, &at.at(2))?;
                Ok(Completion::cont(kind, then))
            }
            other => Err(at.at(0).err(format!("unknown completion {other:?}"))),
        }
    }

    fn cont_kind(&mut self, j: J, at: &Path) -> R<ContKind> {
        let a = arr(j, at)?;
        let tag = string(item(a, 0, at)?, &at.at(0))?;
        let v = |r: &Self, i: usize| r.value(item(a, i, at)?, &at.at(i));
        Ok(match tag {
            "bin" | "cmp" => {
                let (x, y) = (v(self, 1)?, v(self, 2)?);
                let stage = CmpStage::from_code(uint(item(a, 4, at)?, &at.at(4), 16)? as u8)
                    .ok_or_else(|| at.at(4).err("unknown stage"))?;
                if tag == "bin" {
                    let name = string(item(a, 3, at)?, &at.at(3))?;
                    let op: BinOp = serde_json::from_value(serde_json::Value::String(name.into()))
                        .map_err(|_| at.at(3).err("unknown binary operator"))?;
                    ContKind::BinOp {
                        op,
                        a: x,
                        b: y,
                        stage,
                    }
                } else {
                    let name = string(item(a, 3, at)?, &at.at(3))?;
                    let op: CmpOp = serde_json::from_value(serde_json::Value::String(name.into()))
                        .map_err(|_| at.at(3).err("unknown comparison"))?;
                    ContKind::Cmp {
                        op,
                        a: x,
                        b: y,
                        stage,
                    }
                }
            }
            "ne" => ContKind::NeFromEq {
                a: v(self, 1)?,
                b: v(self, 2)?,
            },
            "tobool" => ContKind::ToBool,
            "notbool" => ContKind::NotBool,
            "truth" => ContKind::TruthOf(strict(uint(item(a, 1, at)?, &at.at(1), 2)?)),
            "nottruth" => ContKind::NotTruthOf(strict(uint(item(a, 1, at)?, &at.at(1), 2)?)),
            "checkstr" => ContKind::CheckStr(match string(item(a, 1, at)?, &at.at(1))? {
                "__str__" => "__str__",
                "__repr__" => "__repr__",
                "__format__" => "__format__",
                _ => return Err(at.at(1).err("unknown check")),
            }),
            "checkint" => ContKind::CheckInt(match string(item(a, 1, at)?, &at.at(1))? {
                "__hash__" => "__hash__",
                "__int__" => "__int__",
                "__len__" => "__len__",
                "__index__" => "__index__",
                _ => return Err(at.at(1).err("unknown check")),
            }),
            "hasattr" => ContKind::HasAttr,
            "closegen" => ContKind::CloseGen,
            "init" => ContKind::Init(v(self, 1)?),
            "nextdefault" => ContKind::NextDefault(v(self, 1)?),
            "getattrdefault" => ContKind::GetattrDefault(v(self, 1)?),
            "imported" => ContKind::ImportDone(v(self, 1)?),
            "replace" => ContKind::Replace(v(self, 1)?),
            "class" => {
                let p = self.values(item(a, 1, at)?, &at.at(1))?;
                let [name, bases, ns, kw]: [Value; 4] = p
                    .try_into()
                    .map_err(|_| at.at(1).err("class creation has four parts"))?;
                self.want(ns, &at.at(1), Want::Dict);
                ContKind::BuildClass {
                    name,
                    bases,
                    ns,
                    kw,
                }
            }
            "raise" => ContKind::Raise { cause: v(self, 1)? },
            "unpack" => ContKind::Unpack {
                n: uint(item(a, 1, at)?, &at.at(1), 1 << 20)? as u32,
                after: match a.get(2) {
                    Some(j) => Some(uint(j, &at.at(2), 1 << 20)? as u32),
                    None => None,
                },
            },
            other => return Err(at.at(0).err(format!("unknown continuation {other:?}"))),
        })
    }

    // ----- pass 3 -----

    /// Tuples and frozensets cannot contain themselves in Python (hashing
    /// or comparing one that did would never end): refuse such cycles.
    fn refuse_immutable_cycles(&self) -> R<()> {
        let immutable_kids = |h: Handle| -> Vec<Handle> {
            let kids: Vec<Value> = match self.vm.heap.get(h) {
                Obj::Tuple(items) => items.to_vec(),
                Obj::FrozenSet(s) => s.iter().map(|e| e.key).collect(),
                _ => return Vec::new(),
            };
            kids.into_iter()
                .filter_map(|v| v.handle())
                .filter(|k| matches!(self.vm.heap.get(*k), Obj::Tuple(_) | Obj::FrozenSet(_)))
                .collect()
        };
        // Iterative depth-first search; 1 = on the current path, 2 = done.
        let mut state: std::collections::HashMap<u32, u8> = std::collections::HashMap::new();
        for (i, &start) in self.handles.iter().enumerate() {
            if !self.built[i] || state.contains_key(&start.0) {
                continue;
            }
            if !matches!(self.vm.heap.get(start), Obj::Tuple(_) | Obj::FrozenSet(_)) {
                continue;
            }
            let mut stack = vec![(start, immutable_kids(start), 0usize)];
            state.insert(start.0, 1);
            while let Some((h, kids, next)) = stack.last_mut() {
                if let Some(&k) = kids.get(*next) {
                    *next += 1;
                    match state.get(&k.0) {
                        Some(1) => {
                            return Err(SnapshotError {
                                path: format!("$.objs[{i}]"),
                                message: "a tuple or frozenset that contains itself".into(),
                            })
                        }
                        Some(_) => {}
                        None => {
                            state.insert(k.0, 1);
                            let grand = immutable_kids(k);
                            stack.push((k, grand, 0));
                        }
                    }
                } else {
                    state.insert(h.0, 2);
                    stack.pop();
                }
            }
        }
        Ok(())
    }

    /// `__slots__` names are compared by identity with attribute names,
    /// which are interned: intern the restored ones too.
    fn intern_slot_names(&mut self) {
        for i in 0..self.handles.len() {
            if !self.built[i] {
                continue;
            }
            let h = self.handles[i];
            let Obj::Class(c) = self.vm.heap.get(h) else {
                continue;
            };
            let Some(names) = c.slots.clone() else {
                continue;
            };
            let names: Vec<Value> = names.into_iter().map(|n| self.vm.intern_value(n)).collect();
            if let Obj::Class(c) = self.vm.heap.get_mut(h) {
                c.slots = Some(names);
            }
        }
    }

    /// Attribute names are interned strings (as in CPython), and the inline
    /// caches compare them by identity with the names in code: attributes
    /// restored under other string objects would never hit a cache, and the
    /// method cache would miss an instance attribute shadowing a method.
    /// So the keys of instance attributes and module globals are interned.
    fn intern_attribute_names(&mut self) {
        for i in 0..self.handles.len() {
            if !self.built[i] {
                continue;
            }
            let h = match self.vm.heap.get(self.handles[i]) {
                Obj::Instance(_) => self.handles[i],
                Obj::Module(m) => m.dict,
                _ => continue,
            };
            let entries: Vec<Entry> = match self.vm.heap.get(h) {
                Obj::Instance(inst) => inst.dict.iter().copied().collect(),
                Obj::Dict(d) => d.iter().copied().collect(),
                _ => continue,
            };
            let mut dict = Dict::with_capacity(entries.len());
            for e in entries {
                dict.push_new(e.hash, self.vm.intern_value(e.key), e.value);
            }
            match self.vm.heap.get_mut(h) {
                Obj::Instance(inst) => inst.dict = dict,
                Obj::Dict(d) => **d = dict,
                _ => {}
            }
        }
    }

    fn check_types(&mut self) -> R<()> {
        let checks = std::mem::take(&mut self.checks);
        for (path, v, want) in checks {
            let Value::Obj(h) = v else { continue };
            let o = self.vm.heap.get(h);
            let ok = match want {
                Want::Dict => matches!(o, Obj::Dict(_)),
                Want::DictLike => crate::builtins::dict::dict_handle(self.vm, v).is_some(),
                Want::Class => matches!(o, Obj::Class(_)),
                Want::Str => matches!(o, Obj::Str(_)),
                Want::Tasklet => matches!(o, Obj::Tasklet(_)),
                Want::Channel => matches!(o, Obj::Channel(_)),
                Want::Generator => matches!(o, Obj::Generator(_)),
                Want::Deque => matches!(o, Obj::Deque(_)),
                Want::SetLike => matches!(o, Obj::Set(_) | Obj::FrozenSet(_)),
                Want::Sequence => matches!(o, Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)),
                Want::Instance => matches!(o, Obj::Instance(_)) || v.is_none(),
            };
            if !ok {
                return Err(path.err("refers to an object of the wrong kind"));
            }
        }
        // Iterators over strings keep a byte position: it must be a char
        // boundary of that string.
        for (i, h) in self.handles.clone().into_iter().enumerate() {
            if !self.built[i] {
                continue;
            }
            if let Obj::Iter(state) = self.vm.heap.get(h) {
                if let IterState::Str { s, pos } = &**state {
                    if let Obj::Str(st) = self.vm.heap.get(*s) {
                        if !st.as_str().is_char_boundary(*pos) {
                            return Err(SnapshotError {
                                path: format!("$.objs[{i}]"),
                                message: "string iterator position inside a character".into(),
                            });
                        }
                    }
                }
            }
            if let Obj::Class(c) = self.vm.heap.get(h) {
                let kept = c.flags;
                let f = self.vm.compute_class_flags(h);
                self.vm.class_mut(h).flags = f | kept;
            }
        }
        Ok(())
    }

    /// Rebuild channel queues (and tasklet links) from the channels' lists.
    fn link_queues(&mut self) -> R<()> {
        let mut queued: std::collections::HashSet<u32> = std::collections::HashSet::new();
        let tasklets = std::mem::take(&mut self.tasklets);
        let blocked: std::collections::HashMap<u32, (Option<Handle>, i8)> = tasklets
            .iter()
            .map(|(h, c, d, _)| (h.0, (*c, *d)))
            .collect();
        for (ch, queue, path) in std::mem::take(&mut self.channels) {
            for t in queue {
                let Some((Some(c), dir)) = blocked.get(&t.0).copied() else {
                    return Err(path.err("a channel's queue lists a tasklet that is not blocked"));
                };
                if c != ch || !queued.insert(t.0) {
                    return Err(path.err("a tasklet is queued on a channel it does not wait on"));
                }
                self.vm.chan_append(ch, t, dir);
            }
        }
        for (t, c, _, path) in tasklets {
            if c.is_some() && !queued.contains(&t.0) {
                return Err(path.err("a blocked tasklet is missing from its channel's queue"));
            }
        }
        Ok(())
    }

    pub fn handles(&self) -> &[Handle] {
        &self.handles
    }

    pub fn vm(&mut self) -> &mut Vm {
        self.vm
    }
}

/// Values a completion pushes on the frame below (None: cannot tell).
fn pushes(c: &Completion) -> Option<usize> {
    match c {
        Completion::Push | Completion::Init(_) => Some(1),
        Completion::Discard | Completion::CondJump { .. } | Completion::Exit => Some(0),
        Completion::YieldFromStep => None,
        Completion::Cont(k) => match k.kind {
            ContKind::Unpack { n, after } => {
                Some(n as usize + after.map_or(0, |a| a as usize + 1) + pushes(&k.then)?)
            }
            ContKind::Raise { .. } => Some(0),
            _ => pushes(&k.then),
        },
    }
}

fn depth_at(code: &CodeRt, pc: u32) -> usize {
    code.code.depths.get(pc as usize).copied().unwrap_or(0) as usize
}

fn check_temporaries(code: &CodeRt, pc: u32, temps: usize, expected: usize, at: &Path) -> R<()> {
    if temps != expected {
        return Err(at.err(format!(
            "{} holds {temps} temporaries at pc {pc}, its code expects {expected}",
            code.code.qualname
        )));
    }
    Ok(())
}

fn view(n: u64) -> DictViewKind {
    match n {
        0 => DictViewKind::Keys,
        1 => DictViewKind::Values,
        _ => DictViewKind::Items,
    }
}

fn strict(n: u64) -> Strict {
    match n {
        0 => Strict::Any,
        1 => Strict::Bool,
        _ => Strict::Len,
    }
}

fn layout(n: u64) -> Layout {
    match n {
        0 => Layout::Object,
        1 => Layout::Int,
        2 => Layout::Float,
        3 => Layout::Str,
        4 => Layout::Tuple,
        5 => Layout::List,
        6 => Layout::Dict,
        7 => Layout::Set,
        8 => Layout::FrozenSet,
        9 => Layout::Exception,
        _ => Layout::Opaque,
    }
}

/// Whether a completion ends in a conditional jump.
fn has_jump(c: &Completion) -> bool {
    match c {
        Completion::CondJump { .. } => true,
        Completion::Cont(k) => has_jump(&k.then),
        _ => false,
    }
}

/// The conditional jumps of a completion land inside `code`, the code of
/// the frame the result is delivered to.
fn jumps_fit(c: &Completion, code: &Rc<CodeRt>, at: &Path) -> R<()> {
    match c {
        Completion::CondJump { target, .. } if *target as usize >= code.code.ops.len() => Err(at
            .err(format!(
                "jump target {target} is out of range (the code has {} instructions)",
                code.code.ops.len()
            ))),
        Completion::Cont(k) => jumps_fit(&k.then, code, at),
        _ => Ok(()),
    }
}
