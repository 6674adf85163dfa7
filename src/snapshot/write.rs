//! Writing snapshots: walk the object graph from a root value (a pickle)
//! or from the whole runtime, give each object reached an index, and emit
//! compact JSON (docs/snapshot-format.md). Start-up objects are written as
//! names; code as references into a table of (file, index) keys, never as
//! bytecode.

use super::names::BootNames;
use super::{Mode, SnapshotError, VERSION};
use crate::stackless::tasklet::{flag, Resume, Tasklet, NIL};
use crate::vm::cont::ContKind;
use crate::vm::frame::{Completion, Frame, Strict};
use crate::vm::object::{CodeRt, DictViewKind, GenState, IterState, Layout, Obj, Payload};
use crate::vm::value::{Handle, Value};
use crate::vm::Vm;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;

/// Ints longer than this are written in hex (see docs/snapshot-format.md).
pub const HEX_INT_BITS: u64 = 100_000;

/// Tasklet flags worth keeping (the rest are rebuilt from the queues).
pub const KEPT_FLAGS: u16 = flag::ALIVE
    | flag::ATOMIC
    | flag::BLOCK_TRAP
    | flag::MAIN
    | flag::PENDING_IRQ
    | flag::TEMPVAL_EXC
    | flag::SLEEPING
    | flag::READING
    | flag::WATCHDOG
    | flag::STARTED;

pub struct Writer<'v> {
    vm: &'v Vm,
    names: &'v BootNames,
    mode: Mode,
    index: HashMap<u32, u32>,
    /// Objects in index order, with who reached them first (for errors).
    order: Vec<(Handle, u32, &'static str)>,
    codes: Vec<Rc<CodeRt>>,
    code_index: HashMap<usize, u32>,
    /// Pickles refer to modules and their globals by name.
    module_dicts: HashMap<u32, String>,
    modules: HashMap<u32, String>,
    /// The object being written and what reached it (for error paths).
    current: u32,
    label: &'static str,
}

impl<'v> Writer<'v> {
    pub fn new(vm: &'v Vm, names: &'v BootNames, mode: Mode) -> Writer<'v> {
        let mut module_dicts = HashMap::new();
        let mut modules = HashMap::new();
        if let Obj::Dict(d) = vm.heap.get(vm.modules) {
            for e in d.iter() {
                if let (Some(name), Value::Obj(m)) = (vm.str_of(e.key), e.value) {
                    if let Obj::Module(md) = vm.heap.get(m) {
                        module_dicts.insert(md.dict.0, name.to_string());
                        modules.insert(m.0, name.to_string());
                    }
                }
            }
        }
        module_dicts.insert(vm.main_globals.0, "__main__".to_string());
        Writer {
            vm,
            names,
            mode,
            index: HashMap::new(),
            order: Vec::new(),
            codes: Vec::new(),
            code_index: HashMap::new(),
            module_dicts,
            modules,
            current: u32::MAX,
            label: "root",
        }
    }

    /// The JSON document: `{"weft":1,"kind":..,"src":..,"codes":..,"objs":..,"root":..}`.
    /// `root` writes the root record (it may reach any objects).
    pub fn finish(
        mut self,
        root: impl FnOnce(&mut Self, &mut String) -> Result<(), SnapshotError>,
        sources: &[(String, String)],
    ) -> Result<String, SnapshotError> {
        let mut root_text = String::new();
        root(&mut self, &mut root_text)?;
        let mut objs = String::new();
        let mut i = 0;
        while i < self.order.len() {
            if i > 0 {
                objs.push(',');
            }
            let (h, _, _) = self.order[i];
            self.current = i as u32;
            self.object(h, &mut objs)?;
            i += 1;
        }
        let mut out = String::with_capacity(objs.len() + root_text.len() + 256);
        let kind = match self.mode {
            Mode::Pickle => "pickle",
            Mode::Runtime => "runtime",
        };
        let _ = write!(out, "{{\"weft\":{VERSION},\"kind\":\"{kind}\",\"src\":[");
        for (i, (name, text)) in sources.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            json_str(name, &mut out);
            out.push(',');
            json_str(text, &mut out);
            out.push(']');
        }
        out.push_str("],\"codes\":[");
        for (i, c) in self.codes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            json_str(&c.code.filename, &mut out);
            let _ = write!(out, ",{},", c.code.index);
            json_str(&c.code.qualname, &mut out);
            out.push(']');
        }
        out.push_str("],\"objs\":[");
        out.push_str(&objs);
        out.push_str("],\"root\":");
        out.push_str(&root_text);
        out.push('}');
        Ok(out)
    }

    fn error(&self, message: String) -> SnapshotError {
        // The chain of objects from the root to the offending one.
        let mut parts = Vec::new();
        let mut i = self.current;
        while i != u32::MAX && parts.len() < 32 {
            let (h, parent, _) = self.order[i as usize];
            parts.push(self.vm.type_name(Value::Obj(h)).to_string());
            i = parent;
        }
        parts.push("root".to_string());
        parts.reverse();
        SnapshotError {
            path: parts.join(" -> "),
            message,
        }
    }

    // ----- values -----

    pub fn value(&mut self, v: Value, out: &mut String) {
        match v {
            Value::Null => out.push_str("\"-\""),
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => json_float(f, out),
            Value::Obj(h) => {
                let i = self.reference(h);
                let _ = write!(out, "[{i}]");
            }
        }
    }

    pub fn value_list(&mut self, vs: &[Value], out: &mut String) {
        self.values(vs, out);
    }

    fn values(&mut self, vs: &[Value], out: &mut String) {
        out.push('[');
        for (i, v) in vs.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            self.value(*v, out);
        }
        out.push(']');
    }

    fn reference(&mut self, h: Handle) -> u32 {
        if let Some(i) = self.index.get(&h.0) {
            return *i;
        }
        let i = self.order.len() as u32;
        self.index.insert(h.0, i);
        self.order.push((h, self.current, self.label));
        i
    }

    fn code(&mut self, c: &Rc<CodeRt>) -> u32 {
        let key = Rc::as_ptr(c) as usize;
        if let Some(i) = self.code_index.get(&key) {
            return *i;
        }
        let i = self.codes.len() as u32;
        self.codes.push(c.clone());
        self.code_index.insert(key, i);
        i
    }

    // ----- objects -----

    fn object(&mut self, h: Handle, out: &mut String) -> Result<(), SnapshotError> {
        let vm = self.vm;
        if vm.heap.is_boot(h) {
            if let Some(name) = self.names.name_of(h) {
                let name = name.to_string();
                let mutable = matches!(
                    vm.heap.get(h),
                    Obj::Dict(_)
                        | Obj::Module(_)
                        | Obj::List(_)
                        | Obj::Set(_)
                        | Obj::Instance(_)
                        | Obj::Deque(_)
                        | Obj::Rng(_)
                        | Obj::Cell(_)
                        | Obj::Tasklet(_)
                        | Obj::Channel(_)
                );
                if self.mode == Mode::Runtime && mutable {
                    out.push_str("[\"O\",");
                    json_str(&name, out);
                    out.push(',');
                    self.contents(h, out)?;
                    out.push(']');
                } else {
                    out.push_str("[\"B\",");
                    json_str(&name, out);
                    out.push(']');
                }
                return Ok(());
            }
            // Unnamed start-up values (interned strings, constants) are
            // immutable: a copy is as good as the original.
            let value_like = matches!(
                vm.heap.get(h),
                Obj::Str(_)
                    | Obj::BigInt(_)
                    | Obj::Tuple(_)
                    | Obj::Bytes(_)
                    | Obj::FrozenSet(_)
                    | Obj::Range(_)
                    | Obj::Code(_)
            );
            if !value_like {
                return Err(self.error(format!(
                    "a built-in {} that snapshots cannot name",
                    vm.type_name(Value::Obj(h))
                )));
            }
        }
        if self.mode == Mode::Pickle {
            if let Some(m) = self.module_dicts.get(&h.0) {
                out.push_str("[\"G\",");
                json_str(&m.clone(), out);
                out.push(']');
                return Ok(());
            }
            if let Some(m) = self.modules.get(&h.0) {
                out.push_str("[\"M\",");
                json_str(&m.clone(), out);
                out.push(']');
                return Ok(());
            }
            if let Some((module, qualname)) = self.global_name(h) {
                out.push_str("[\"R\",");
                json_str(&module, out);
                out.push(',');
                json_str(&qualname, out);
                out.push(']');
                return Ok(());
            }
        }
        self.contents(h, out)
    }

    /// A module-level function or class that its module still holds under
    /// its name: pickles refer to it, as CPython's pickle does.
    fn global_name(&self, h: Handle) -> Option<(String, String)> {
        let vm = self.vm;
        let (module, qualname) = match vm.heap.get(h) {
            Obj::Function(f) => (
                vm.str_of(f.module)?.to_string(),
                vm.str_of(f.qualname)?.to_string(),
            ),
            Obj::Class(c) => (c.module.clone(), c.qualname.clone()),
            _ => return None,
        };
        if qualname.contains('.') {
            return None;
        }
        let dict = if module == "__main__" {
            vm.main_globals
        } else {
            let (&d, _) = self.module_dicts.iter().find(|(_, m)| **m == module)?;
            Handle(d)
        };
        let Obj::Dict(d) = vm.heap.get(dict) else {
            return None;
        };
        let found = d
            .iter()
            .find(|e| vm.str_of(e.key) == Some(qualname.as_str()))?
            .value;
        found.is(Value::Obj(h)).then_some((module, qualname))
    }

    fn contents(&mut self, h: Handle, out: &mut String) -> Result<(), SnapshotError> {
        let vm = self.vm;
        match vm.heap.get(h) {
            Obj::Str(s) => {
                out.push_str("[\"s\",");
                json_str(s.as_str(), out);
                out.push(']');
            }
            Obj::BigInt(b) => {
                // Decimal reads back in quadratic time: huge ints go in hex.
                if b.bits() > HEX_INT_BITS {
                    let sign = if b.sign() == num_bigint::Sign::Minus {
                        "-"
                    } else {
                        ""
                    };
                    let _ = write!(out, "[\"i\",\"{sign}0x{:x}\"]", b.magnitude());
                } else {
                    let _ = write!(out, "[\"i\",\"{b}\"]");
                }
            }
            Obj::Tuple(items) => {
                out.push_str("[\"t\",");
                self.values(items, out);
                out.push(']');
            }
            Obj::List(items) => {
                out.push_str("[\"l\",");
                self.values(items, out);
                out.push(']');
            }
            Obj::Dict(d) => {
                out.push_str("[\"d\",");
                self.dict_entries(d, out);
                out.push(']');
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let tag = if matches!(vm.heap.get(h), Obj::Set(_)) {
                    "S"
                } else {
                    "F"
                };
                let _ = write!(out, "[\"{tag}\",{},{},[", s.slots(), s.finger());
                let mut first = true;
                for (slot, hash, key) in s.raw_slots() {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    let _ = write!(out, "{slot},{hash},");
                    self.value(key, out);
                }
                out.push_str("]]");
            }
            Obj::Bytes(b) => {
                out.push_str("[\"y\",\"");
                for byte in b.iter() {
                    let _ = write!(out, "{byte:02x}");
                }
                out.push_str("\"]");
            }
            Obj::Range(r) => {
                let _ = write!(out, "[\"r\",{},{},{}]", r[0], r[1], r[2]);
            }
            Obj::Slice(s) => {
                out.push_str("[\"sl\",");
                self.values(&s[..], out);
                out.push(']');
            }
            Obj::Function(f) => {
                let code = self.code(&f.code);
                let _ = write!(out, "[\"f\",{code},");
                let f = f.as_ref();
                self.value(Value::Obj(f.globals), out);
                for v in [f.name, f.qualname] {
                    out.push(',');
                    self.value(v, out);
                }
                out.push(',');
                self.values(&f.defaults, out);
                out.push(',');
                self.value(f.kwdefaults, out);
                out.push(',');
                self.values(&f.closure, out);
                for v in [f.dict, f.doc, f.module] {
                    out.push(',');
                    self.value(v, out);
                }
                out.push(']');
            }
            Obj::Native(id) => {
                out.push_str("[\"n\",");
                json_str(&vm.natives[*id as usize].qualname, out);
                out.push(']');
            }
            Obj::BoundMethod(m) => {
                out.push_str("[\"bm\",");
                self.values(&m[..], out);
                out.push(']');
            }
            Obj::Class(c) => {
                out.push_str("[\"c\",");
                json_str(&c.name, out);
                out.push(',');
                json_str(&c.qualname, out);
                out.push(',');
                json_str(&c.module, out);
                out.push(',');
                let bases: Vec<Value> = c.bases.iter().map(|b| Value::Obj(*b)).collect();
                self.values(&bases, out);
                out.push(',');
                let mro: Vec<Value> = c.mro.iter().map(|b| Value::Obj(*b)).collect();
                self.values(&mro, out);
                out.push(',');
                self.dict_entries(&c.dict, out);
                let _ = write!(out, ",{},{},", layout_code(c.layout), c.flags);
                self.values(&c.fields, out);
                out.push(',');
                match &c.slots {
                    Some(slots) => self.values(slots, out),
                    None => out.push_str("null"),
                }
                out.push(']');
            }
            Obj::Instance(i) => {
                out.push_str("[\"o\",");
                self.value(Value::Obj(i.class), out);
                out.push(',');
                self.dict_entries(&i.dict, out);
                out.push(',');
                self.value(i.dict_obj, out);
                out.push(',');
                match &i.payload {
                    Payload::None => out.push_str("null"),
                    Payload::Value(v) => {
                        out.push_str("[\"v\",");
                        self.value(*v, out);
                        out.push(']');
                    }
                    Payload::Exc(e) => {
                        out.push_str("[\"e\",");
                        self.value(e.args, out);
                        out.push(',');
                        self.value(e.cause, out);
                        out.push(',');
                        self.value(e.context, out);
                        let _ = write!(out, ",{},[", e.suppress_context);
                        for (n, tb) in e.traceback.iter().enumerate() {
                            if n > 0 {
                                out.push(',');
                            }
                            let c = self.code(&tb.code);
                            let _ = write!(out, "{c},{}", tb.line);
                        }
                        out.push_str("],");
                        self.value(e.name, out);
                        out.push(',');
                        self.value(e.obj, out);
                        out.push(']');
                    }
                }
                out.push(']');
            }
            Obj::Module(m) => {
                out.push_str("[\"mod\",");
                json_str(&m.name, out);
                out.push(',');
                self.value(Value::Obj(m.dict), out);
                out.push(']');
            }
            Obj::Code(c) => {
                let code = self.code(c);
                let _ = write!(out, "[\"C\",{code}]");
            }
            Obj::Cell(v) => {
                out.push_str("[\"cell\",");
                self.value(*v, out);
                out.push(']');
            }
            Obj::Generator(g) => {
                let code = self.code(&g.code);
                let state = match g.state {
                    GenState::Created => 0,
                    GenState::Suspended => 1,
                    GenState::Running => 2,
                    GenState::Finished => 3,
                };
                let _ = write!(out, "[\"g\",{code},{state},");
                let g = g.as_ref();
                for v in [g.name, g.qualname, g.exc_state, g.exc_prev] {
                    self.value(v, out);
                    out.push(',');
                }
                match &g.frame {
                    Some(fr) => {
                        let mut globals = None;
                        self.frame(fr, &g.saved, 0, &mut globals, out)?;
                    }
                    None => out.push_str("null"),
                }
                out.push(']');
            }
            Obj::Iter(state) => self.iterator(state, out),
            Obj::DictView(d, kind) => {
                out.push_str("[\"dv\",");
                self.value(*d, out);
                let _ = write!(out, ",{}]", view_code(*kind));
            }
            Obj::Property(p) => {
                out.push_str("[\"p\",");
                self.values(&p[..], out);
                out.push(']');
            }
            Obj::StaticMethod(f) => {
                out.push_str("[\"sm\",");
                self.value(*f, out);
                out.push(']');
            }
            Obj::ClassMethod(f) => {
                out.push_str("[\"cm\",");
                self.value(*f, out);
                out.push(']');
            }
            Obj::Super(s) => {
                out.push_str("[\"su\",");
                self.values(&s[..], out);
                out.push(']');
            }
            Obj::Deque(d) => {
                out.push_str("[\"dq\",");
                let items: Vec<Value> = d.items.iter().copied().collect();
                self.values(&items, out);
                match d.maxlen {
                    Some(m) => {
                        let _ = write!(out, ",{m}]");
                    }
                    None => out.push_str(",null]"),
                }
            }
            Obj::Rng(r) => {
                out.push_str("[\"mt\",[");
                for (i, w) in r.mt.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{w}");
                }
                let _ = write!(out, "],{}]", r.index);
            }
            Obj::Tasklet(t) => self.tasklet(h, t, out)?,
            Obj::Channel(c) => {
                let _ = write!(
                    out,
                    "[\"ch\",{},{},{},[",
                    c.preference, c.closing, c.schedule_all
                );
                let mut t = c.head;
                let mut first = true;
                while t != NIL {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    self.value(Value::Obj(Handle(t)), out);
                    t = vm.tasklet(Handle(t)).next;
                }
                out.push_str("]]");
            }
            Obj::NotImplemented => out.push_str("[\"NI\"]"),
            Obj::Ellipsis => out.push_str("[\"EL\"]"),
        }
        Ok(())
    }

    fn dict_entries(&mut self, d: &crate::objects::dict::Dict, out: &mut String) {
        out.push('[');
        let mut first = true;
        for e in d.iter() {
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "{},", e.hash);
            self.value(e.key, out);
            out.push(',');
            self.value(e.value, out);
        }
        out.push(']');
    }

    fn iterator(&mut self, state: &IterState, out: &mut String) {
        out.push_str("[\"it\",");
        match state {
            IterState::Seq { seq, idx } => {
                out.push_str("\"seq\",");
                self.value(*seq, out);
                let _ = write!(out, ",{idx}");
            }
            IterState::Str { s, pos } => {
                out.push_str("\"str\",");
                self.value(Value::Obj(*s), out);
                let _ = write!(out, ",{pos}");
            }
            IterState::Range { cur, stop, step } => {
                let _ = write!(out, "\"range\",{cur},{stop},{step}");
            }
            IterState::Dict {
                dict,
                idx,
                len,
                kind,
            } => {
                out.push_str("\"dict\",");
                self.value(*dict, out);
                let _ = write!(out, ",{idx},{len},{}", view_code(*kind));
            }
            IterState::Set { set, idx, len } => {
                out.push_str("\"set\",");
                self.value(*set, out);
                let _ = write!(out, ",{idx},{len}");
            }
            IterState::Reversed { seq, idx } => {
                out.push_str("\"rev\",");
                self.value(*seq, out);
                let _ = write!(out, ",{idx}");
            }
            IterState::Enumerate { it, count } => {
                out.push_str("\"enum\",");
                self.value(*it, out);
                let _ = write!(out, ",{count}");
            }
            IterState::Zip { its } => {
                out.push_str("\"zip\",");
                self.values(its, out);
            }
            IterState::Deque { deque, idx, len } => {
                out.push_str("\"deque\",");
                self.value(Value::Obj(*deque), out);
                let _ = write!(out, ",{idx},{len}");
            }
            IterState::Exhausted => out.push_str("\"done\""),
        }
        out.push(']');
    }

    fn tasklet(&mut self, h: Handle, t: &Tasklet, out: &mut String) -> Result<(), SnapshotError> {
        let vm = self.vm;
        let running = h == vm.sched.running && !vm.sched.idle;
        if running && self.mode == Mode::Pickle {
            return Err(self.error("the running tasklet cannot be pickled".into()));
        }
        if t.has(flag::HOST_CALL) {
            let name = vm
                .sched
                .host_calls
                .iter()
                .find(|w| w.tasklet == h)
                .map_or("?", |w| w.name.as_str());
            return Err(self.error(format!(
                "the tasklet waits for host function {name}(): a pending host call cannot be saved"
            )));
        }
        let _ = write!(out, "[\"T\",{},", t.flags & KEPT_FLAGS);
        self.value(t.tempval, out);
        out.push(',');
        self.resume(t, out)?;
        out.push(',');
        if running {
            let cur = &vm.cur;
            self.exec(&cur.stack, &cur.frames, cur.exc_info, out)?;
        } else {
            let frames = t.exec.frames();
            let stack = t.exec.stack();
            self.exec(stack, frames, t.exec.exc_info(), out)?;
        }
        out.push(',');
        if t.channel == NIL {
            out.push_str("null,0]");
        } else {
            self.value(Value::Obj(Handle(t.channel)), out);
            let _ = write!(out, ",{}]", t.dir);
        }
        Ok(())
    }

    fn resume(&mut self, t: &Tasklet, out: &mut String) -> Result<(), SnapshotError> {
        if t.has(flag::DELIVER_PUSH) {
            out.push_str("[\"d\",0]");
            return Ok(());
        }
        match t.peek_resume() {
            None | Some(Resume::Continue) => out.push_str("null"),
            Some(Resume::Deliver(c)) => {
                out.push_str("[\"d\",");
                self.completion(c, out)?;
                out.push(']');
            }
            Some(Resume::Start(call)) => {
                out.push_str("[\"s\",");
                self.value(call.func, out);
                out.push(',');
                self.values(&call.args, out);
                out.push_str(",[");
                for (i, (k, v)) in call.kwargs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.value(*k, out);
                    out.push(',');
                    self.value(*v, out);
                }
                out.push_str("]]");
            }
        }
        Ok(())
    }

    /// A tasklet's execution state: `[pre, exc_info, [frame...]]`, where
    /// each frame carries the stack values from its return height up to
    /// the next frame's (see `frame`).
    pub fn exec(
        &mut self,
        stack: &[Value],
        frames: &[Frame],
        exc_info: Value,
        out: &mut String,
    ) -> Result<(), SnapshotError> {
        let bottom = frames.first().map_or(stack.len(), |f| f.ret_sp as usize);
        out.push('[');
        self.values(&stack[..bottom.min(stack.len())], out);
        out.push(',');
        self.value(exc_info, out);
        out.push_str(",[");
        let mut globals = None;
        for (i, fr) in frames.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let start = fr.ret_sp as usize;
            let end = frames.get(i + 1).map_or(stack.len(), |n| n.ret_sp as usize);
            if start > end || end > stack.len() || (fr.base as usize) < start {
                return Err(self.error("inconsistent frame stack".into()));
            }
            self.frame(
                fr,
                &stack[start..end],
                fr.base as usize - start,
                &mut globals,
                out,
            )?;
        }
        out.push_str("]]");
        Ok(())
    }

    /// `[code, pc, off, completion, values, globals?, locals?, gen?]`:
    /// `values` start at the frame's return height, `off` is where its
    /// slots begin; globals are written only when they change.
    fn frame(
        &mut self,
        fr: &Frame,
        values: &[Value],
        off: usize,
        globals: &mut Option<Handle>,
        out: &mut String,
    ) -> Result<(), SnapshotError> {
        let code = self.code(&fr.code);
        let _ = write!(out, "[{code},{},{off},", fr.pc);
        self.completion(&fr.completion, out)?;
        out.push(',');
        self.values(values, out);
        let locals = fr.locals.get();
        let gen = fr.gen.get();
        let need_globals = *globals != Some(fr.globals) || locals.is_some() || gen.is_some();
        if need_globals {
            out.push(',');
            self.value(Value::Obj(fr.globals), out);
            *globals = Some(fr.globals);
        }
        if locals.is_some() || gen.is_some() {
            out.push(',');
            self.value(locals.map_or(Value::None, Value::Obj), out);
            out.push(',');
            self.value(gen.map_or(Value::None, Value::Obj), out);
        }
        out.push(']');
        Ok(())
    }

    fn completion(&mut self, c: &Completion, out: &mut String) -> Result<(), SnapshotError> {
        match c {
            Completion::Push => out.push('0'),
            Completion::Discard => out.push('1'),
            Completion::Exit => out.push('2'),
            Completion::YieldFromStep => out.push('3'),
            Completion::Init(h) => {
                out.push_str("[\"I\",");
                self.value(Value::Obj(*h), out);
                out.push(']');
            }
            Completion::CondJump {
                target,
                jump_if,
                strict,
            } => {
                let _ = write!(out, "[\"J\",{target},{jump_if},{}]", strict_code(*strict));
            }
            Completion::Cont(k) => {
                out.push_str("[\"K\",");
                self.cont_kind(&k.kind, out);
                out.push(',');
                self.completion(&k.then, out)?;
                out.push(']');
            }
        }
        Ok(())
    }

    fn cont_kind(&mut self, k: &ContKind, out: &mut String) {
        let two = |w: &mut Self, tag: &str, a: Value, b: Value, out: &mut String| {
            let _ = write!(out, "[\"{tag}\",");
            w.value(a, out);
            out.push(',');
            w.value(b, out);
        };
        match k {
            ContKind::BinOp { op, a, b, stage } => {
                two(self, "bin", *a, *b, out);
                let _ = write!(out, ",{},{}]", json_enum(op), stage.code());
            }
            ContKind::Cmp { op, a, b, stage } => {
                two(self, "cmp", *a, *b, out);
                let _ = write!(out, ",{},{}]", json_enum(op), stage.code());
            }
            ContKind::NeFromEq { a, b } => {
                two(self, "ne", *a, *b, out);
                out.push(']');
            }
            ContKind::ToBool => out.push_str("[\"tobool\"]"),
            ContKind::NotBool => out.push_str("[\"notbool\"]"),
            ContKind::TruthOf(s) => {
                let _ = write!(out, "[\"truth\",{}]", strict_code(*s));
            }
            ContKind::NotTruthOf(s) => {
                let _ = write!(out, "[\"nottruth\",{}]", strict_code(*s));
            }
            ContKind::CheckStr(what) => {
                let _ = write!(out, "[\"checkstr\",\"{what}\"]");
            }
            ContKind::CheckInt(what) => {
                let _ = write!(out, "[\"checkint\",\"{what}\"]");
            }
            ContKind::HasAttr => out.push_str("[\"hasattr\"]"),
            ContKind::CloseGen => out.push_str("[\"closegen\"]"),
            ContKind::Init(v)
            | ContKind::NextDefault(v)
            | ContKind::GetattrDefault(v)
            | ContKind::ImportDone(v)
            | ContKind::Replace(v) => {
                let tag = match k {
                    ContKind::Init(_) => "init",
                    ContKind::NextDefault(_) => "nextdefault",
                    ContKind::GetattrDefault(_) => "getattrdefault",
                    ContKind::ImportDone(_) => "imported",
                    _ => "replace",
                };
                let _ = write!(out, "[\"{tag}\",");
                self.value(*v, out);
                out.push(']');
            }
            ContKind::BuildClass {
                name,
                bases,
                ns,
                kw,
            } => {
                out.push_str("[\"class\",");
                self.values(&[*name, *bases, *ns, *kw], out);
                out.push(']');
            }
            ContKind::Raise { cause } => {
                out.push_str("[\"raise\",");
                self.value(*cause, out);
                out.push(']');
            }
            ContKind::Unpack { n, after } => match after {
                Some(a) => {
                    let _ = write!(out, "[\"unpack\",{n},{a}]");
                }
                None => {
                    let _ = write!(out, "[\"unpack\",{n}]");
                }
            },
        }
    }
}

pub fn layout_code(l: Layout) -> u8 {
    match l {
        Layout::Object => 0,
        Layout::Int => 1,
        Layout::Float => 2,
        Layout::Str => 3,
        Layout::Tuple => 4,
        Layout::List => 5,
        Layout::Dict => 6,
        Layout::Set => 7,
        Layout::FrozenSet => 8,
        Layout::Exception => 9,
        Layout::Opaque => 10,
    }
}

pub fn view_code(k: DictViewKind) -> u8 {
    match k {
        DictViewKind::Keys => 0,
        DictViewKind::Values => 1,
        DictViewKind::Items => 2,
    }
}

pub fn strict_code(s: Strict) -> u8 {
    match s {
        Strict::Any => 0,
        Strict::Bool => 1,
        Strict::Len => 2,
    }
}

fn json_enum<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

pub fn json_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Floats keep a `.` or an exponent so they read back as floats;
/// NaN and infinities (not JSON numbers) become `{"f":"nan"}` etc.
pub fn json_float(f: f64, out: &mut String) {
    if f.is_nan() {
        out.push_str("{\"f\":\"nan\"}");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 {
            "{\"f\":\"inf\"}"
        } else {
            "{\"f\":\"-inf\"}"
        });
    } else {
        let s = format!("{f:?}");
        out.push_str(&s);
        if !s.contains(['.', 'e', 'E']) {
            out.push_str(".0");
        }
    }
}
