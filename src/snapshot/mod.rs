//! Persistence: `pickle.dumps`/`pickle.loads` of any object (tasklets
//! included) and whole-runtime snapshots, both as compact, versioned JSON
//! (docs/snapshot-format.md, docs/snapshot.schema.json).
//!
//! Start-up objects travel as names (`names`), code as (file, index) keys
//! resolved against code the receiving runtime loaded itself (a runtime
//! snapshot carries the program's texts: source it compiles again, or a
//! precompiled program whose code `crate::program::verify` checks), so a
//! hostile snapshot cannot inject unchecked bytecode. `write` emits, `read`
//! validates and rebuilds.

pub mod json;
pub mod names;
pub mod read;
pub mod write;

use crate::bytecode::Code;
use crate::compile::CompileError;
use crate::stackless::scheduler::{Interrupt, Timer};
use crate::stackless::tasklet::{flag, NIL};
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::Vm;
use json::{Doc, J};
use names::BootNames;
use read::{Path, Reader};
use std::cmp::Reverse;
use std::fmt::Write as _;
use std::rc::Rc;
use write::Writer;

/// The format version this runtime writes and reads.
pub const VERSION: u32 = 1;

/// Largest snapshot text accepted (a defence against memory exhaustion).
pub const MAX_SNAPSHOT_BYTES: usize = 256 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One value and what it reaches; modules, module-level functions and
    /// classes by name (like CPython's pickle).
    Pickle,
    /// Everything: all tasklets, the scheduler, modules, the program's sources.
    Runtime,
}

/// A snapshot that cannot be written or read, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotError {
    /// A JSON path (`$.objs[12][4]`) when reading; the chain of objects
    /// that reached the offending one when writing.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for SnapshotError {}

impl Vm {
    /// Names of the start-up objects, computed on first use from the
    /// runtime every runtime of this thread is copied from (a program may
    /// have rebound what the names are found through in this one).
    pub fn boot_names(&mut self) -> Rc<BootNames> {
        if let Some(n) = &self.boot_names {
            return n.clone();
        }
        let n = Vm::template_boot_names();
        self.boot_names = Some(n.clone());
        n
    }

    /// Compile a program or module source (or load a precompiled program,
    /// see `crate::program`) and remember its code objects (and the text,
    /// for runtime snapshots).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
    ) -> Result<Rc<Code>, CompileError> {
        let is_program = crate::program::is_program(source);
        // A program keeps the file name it was compiled from.
        let filename = match is_program {
            true => crate::program::file_of(source).unwrap_or_else(|| filename.to_string()),
            false => filename.to_string(),
        };
        let filename = self.unique_source_name(source, &filename);
        let code = compile_cached(source, &filename, 0)?;
        self.register_code(&code);
        if !is_program {
            self.host.add_source(&filename, source);
        }
        if !self.sources.iter().any(|(f, _)| *f == filename) {
            self.sources.push((filename, source.to_string()));
        }
        Ok(code)
    }

    /// Snapshots name code by file: a second, different program under a
    /// name already used (`<string>` for every `exec`) gets `<string#2>`.
    fn unique_source_name(&self, source: &str, filename: &str) -> String {
        let taken = |name: &str| {
            self.sources
                .iter()
                .any(|(f, text)| f == name && text != source)
        };
        if !taken(filename) {
            return filename.to_string();
        }
        (2..)
            .map(|n| match filename.strip_suffix('>') {
                Some(stem) => format!("{stem}#{n}>"),
                None => format!("{filename}#{n}"),
            })
            .find(|name| !taken(name))
            .unwrap_or_else(|| filename.to_string())
    }

    /// Remember `code` and the code objects nested in it by (file, index).
    pub fn register_code(&mut self, code: &Rc<Code>) {
        let mut stack = vec![code.clone()];
        while let Some(c) = stack.pop() {
            for k in &c.consts {
                if let crate::bytecode::Const::Code(inner) = k {
                    stack.push(inner.clone());
                }
            }
            self.code_registry.insert((c.filename.clone(), c.index), c);
        }
    }

    /// The code object `index` of `file`, loading a frozen module's code
    /// on demand.
    pub fn find_code(&mut self, file: &str, index: u32) -> Option<Rc<Code>> {
        if let Some(c) = self.code_registry.get(&(file.to_string(), index)) {
            return Some(c.clone());
        }
        let module = file.strip_prefix("<frozen ")?.strip_suffix('>')?;
        if !crate::builtins::frozen::is_frozen_module(module) {
            return None;
        }
        let code = crate::builtins::frozen::code(module)?;
        self.register_code(&code);
        self.code_registry.get(&(file.to_string(), index)).cloned()
    }

    /// The registry id of a native function by its qualified name.
    pub fn native_id(&self, qualname: &str) -> Option<u32> {
        self.natives
            .iter()
            .position(|n| n.qualname == qualname)
            .map(|i| i as u32)
    }
}

/// Compile `source` (or load it, when it is a precompiled program: under
/// `filename`, with `flags` added), or reuse what this thread made from the
/// same text: code objects are immutable, so runtimes restored again and
/// again from snapshots of one program share them.
pub fn compile_cached(source: &str, filename: &str, flags: u32) -> Result<Rc<Code>, CompileError> {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<(String, u64, u32), Rc<Code>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let mut h = DefaultHasher::new();
    source.hash(&mut h);
    let key = (filename.to_string(), h.finish(), flags);
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let code = if crate::program::is_program(source) {
        let code = crate::program::decode(source)
            .map_err(|e| CompileError::without_location(filename, "SyntaxError", &e.to_string()))?;
        crate::program::relabel(&code, filename, flags)
    } else {
        crate::compile::compile_with_flags(source, filename, flags)?
    };
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 256 {
            c.clear();
        }
        c.insert(key, code.clone());
    });
    Ok(code)
}

/// `pickle.dumps(value)`.
pub fn dumps(vm: &mut Vm, value: Value) -> Result<String, SnapshotError> {
    let names = vm.boot_names();
    let w = Writer::new(vm, &names, Mode::Pickle);
    w.finish(
        |w, out| {
            w.value(value, out);
            Ok(())
        },
        &[],
    )
}

/// `pickle.loads(text)`.
pub fn loads(vm: &mut Vm, text: &str) -> Result<Value, SnapshotError> {
    let doc = parse(text)?;
    let mut r = Reader::new(vm, Mode::Pickle);
    let root = r.load(doc.root())?;
    r.value(root, &Path::root("$").key("root"))
}

fn parse(text: &str) -> Result<Doc<'_>, SnapshotError> {
    if text.len() > MAX_SNAPSHOT_BYTES {
        return Err(SnapshotError {
            path: "$".into(),
            message: format!("snapshot larger than {MAX_SNAPSHOT_BYTES} bytes"),
        });
    }
    Doc::parse(text).map_err(|e| SnapshotError {
        path: format!("$ (line {}, column {})", e.line, e.column),
        message: format!("not valid JSON: {}", e.message),
    })
}

/// The whole runtime as JSON.
pub fn snapshot(vm: &mut Vm) -> Result<String, SnapshotError> {
    if vm.sched.nested > 0 {
        return Err(SnapshotError {
            path: "$".into(),
            message: "cannot snapshot while the interpreter runs a nested call".into(),
        });
    }
    if let Some(w) = vm.sched.host_calls.first() {
        return Err(SnapshotError {
            path: "$".into(),
            message: format!(
                "tasklet {} waits for host function {}(): a pending host call cannot be saved",
                w.tasklet.0, w.name
            ),
        });
    }
    if let Some(op) = vm.sched.host_ops.first() {
        return Err(SnapshotError {
            path: "$".into(),
            message: format!(
                "the host's {} on shared channel {} is pending: it cannot be saved",
                if op.sending { "send" } else { "receive" },
                op.channel
            ),
        });
    }
    let names = vm.boot_names();
    let sources = vm.sources.clone();
    let now = vm.host.monotonic();
    let vm: &Vm = vm;
    let w = Writer::new(vm, &names, Mode::Runtime);
    w.finish(
        |w, out| {
            let s = &vm.sched;
            out.push_str("{\"main\":");
            w.value(Value::Obj(vm.main_globals), out);
            out.push_str(",\"modules\":");
            w.value(Value::Obj(vm.modules), out);
            out.push_str(",\"builtins\":");
            w.value(Value::Obj(vm.builtins), out);
            out.push_str(",\"maintasklet\":");
            w.value(Value::Obj(s.main), out);
            out.push_str(",\"running\":");
            w.value(Value::Obj(s.running), out);
            out.push_str(",\"runq\":[");
            if s.head != NIL {
                let mut t = s.head;
                let mut first = true;
                loop {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    w.value(Value::Obj(Handle(t)), out);
                    t = vm.tasklet(Handle(t)).next;
                    if t == s.head {
                        break;
                    }
                }
            }
            out.push_str("],\"watchdogs\":[");
            for (i, h) in s.watchdogs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                w.value(Value::Obj(*h), out);
            }
            out.push_str("],\"interrupt\":");
            match s.interrupt {
                Some(i) => {
                    out.push('[');
                    w.value(Value::Obj(i.owner), out);
                    let left = i.watermark.saturating_sub(s.ticks);
                    let _ = write!(out, ",{},{left},{},{}]", i.interval, i.soft, i.total);
                }
                None => out.push_str("null"),
            }
            out.push_str(",\"interrupted\":");
            w.value(s.interrupted.map_or(Value::None, Value::Obj), out);
            let _ = write!(out, ",\"trap\":{},\"scb\":", s.switch_trap);
            w.value(s.schedule_cb, out);
            out.push_str(",\"ccb\":");
            w.value(s.channel_cb, out);
            out.push_str(",\"timers\":[");
            // A timer whose tasklet no longer sleeps (killed meanwhile, or
            // left over from an earlier program) is stale: it never fires.
            let mut timers: Vec<Timer> = s
                .timers
                .iter()
                .map(|r| r.0)
                .filter(|t| vm.tasklet(t.tasklet).has(flag::SLEEPING))
                .collect();
            timers.sort();
            for (i, t) in timers.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write::json_float((t.at - now).max(0.0), out);
                out.push(',');
                w.value(Value::Obj(t.tasklet), out);
            }
            out.push_str("],\"readers\":[");
            for (i, h) in s.readers.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                w.value(Value::Obj(*h), out);
            }
            let _ = write!(
                out,
                "],\"switch_pending\":{},\"idle\":{},\"callbacks\":[",
                vm.switch_pending, s.idle
            );
            for (i, cb) in vm.pending_callbacks.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                w.value_list(cb, out);
            }
            out.push_str("],\"argv\":[");
            for (i, a) in vm.argv.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write::json_str(a, out);
            }
            let _ = write!(
                out,
                "],\"reclimit\":{},\"intdigits\":{},\"cbcur\":",
                vm.recursion_limit, vm.int_max_str_digits
            );
            w.value(s.callback_current.map_or(Value::None, Value::Obj), out);
            out.push('}');
            Ok(())
        },
        &sources,
    )
}

/// Rebuild a runtime from `text` into `vm` (a fresh one).
pub fn restore(vm: &mut Vm, text: &str) -> Result<(), SnapshotError> {
    let doc = parse(text)?;
    let mut r = Reader::new(vm, Mode::Runtime);
    let root = r.load(doc.root())?;
    let top = Path::root("$");
    let at = top.key("root");
    if !root.is_object() {
        return Err(at.err("expected an object"));
    }
    let field = |k: &'static str| root.get(k).ok_or_else(|| at.key(k).err("missing"));
    // The start-up roots were overwritten in place: they must be the same objects.
    for (k, expect) in [
        ("main", r.vm().main_globals),
        ("modules", r.vm().modules),
        ("builtins", r.vm().builtins),
        ("maintasklet", r.vm().sched.main),
    ] {
        if r.value(field(k)?, &at.key(k))? != Value::Obj(expect) {
            return Err(at.key(k).err("does not refer to the runtime's own object"));
        }
    }
    let tasklet = |r: &mut Reader, j: J, p: &Path| -> Result<Handle, SnapshotError> {
        match r.value(j, p)? {
            Value::Obj(h) if matches!(r.vm().heap.get(h), Obj::Tasklet(_)) => Ok(h),
            _ => Err(p.err("expected a tasklet")),
        }
    };
    let list = |k: &'static str| -> Result<json::Arr, SnapshotError> {
        field(k)?
            .as_array()
            .ok_or_else(|| at.key(k).err("expected an array"))
    };
    let running = tasklet(&mut r, field("running")?, &at.key("running"))?;
    // The fresh runtime's own scheduler state gives way to the snapshot's.
    {
        let s = &mut r.vm().sched;
        s.head = NIL;
        s.runcount = 0;
        s.watchdogs.clear();
        s.interrupt = None;
        s.timers.clear();
        s.readers.clear();
    }
    // The runqueue, in order from its head.
    for (i, j) in list("runq")?.iter().enumerate() {
        let list_at = at.key("runq");
        let p = list_at.at(i);
        let t = tasklet(&mut r, j, &p)?;
        let rec = r.vm().tasklet(t);
        if rec.has(flag::SCHEDULED) || rec.channel != NIL || !rec.has(flag::ALIVE) {
            return Err(p.err("a runnable tasklet must be alive, not blocked, and listed once"));
        }
        r.vm().rq_insert(t);
    }
    for (i, j) in list("watchdogs")?.iter().enumerate() {
        let list_at = at.key("watchdogs");
        let p = list_at.at(i);
        let t = tasklet(&mut r, j, &p)?;
        if !r.vm().tasklet(t).has(flag::WATCHDOG) {
            return Err(p.err("a tasklet waiting in run() is marked so"));
        }
        r.vm().sched.watchdogs.push(t);
    }
    let intr = field("interrupt")?;
    if !intr.is_null() {
        let p = at.key("interrupt");
        let a = intr
            .as_array()
            .filter(|a| a.len() == 5)
            .ok_or_else(|| p.err("expected 5 items"))?;
        let owner = tasklet(&mut r, a.at(0), &p.at(0))?;
        if !r.vm().sched.watchdogs.contains(&owner) {
            return Err(p.at(0).err("the watchdog's owner must be waiting in run()"));
        }
        let num = |i: usize| {
            a.at(i)
                .as_u64()
                .ok_or_else(|| p.at(i).err("expected an integer"))
        };
        let (interval, left) = (num(1)?, num(2)?);
        let ticks = r.vm().sched.ticks;
        r.vm().sched.interrupt = Some(Interrupt {
            owner,
            interval: interval.max(1),
            watermark: ticks + left,
            soft: a.at(3).as_bool().unwrap_or(false),
            total: a.at(4).as_bool().unwrap_or(false),
        });
    }
    let interrupted = field("interrupted")?;
    if !interrupted.is_null() {
        let t = tasklet(&mut r, interrupted, &at.key("interrupted"))?;
        r.vm().sched.interrupted = Some(t);
    }
    r.vm().sched.switch_trap = field("trap")?
        .as_i64()
        .ok_or_else(|| at.key("trap").err("expected an integer"))?;
    let scb = r.value(field("scb")?, &at.key("scb"))?;
    let ccb = r.value(field("ccb")?, &at.key("ccb"))?;
    r.vm().sched.schedule_cb = scb;
    r.vm().sched.channel_cb = ccb;
    let timers = list("timers")?;
    if timers.len() % 2 != 0 {
        return Err(at
            .key("timers")
            .err("timers come in (seconds, tasklet) pairs"));
    }
    let now = r.vm().host.monotonic();
    for (n, pair) in timers.groups(2).enumerate() {
        let list_at = at.key("timers");
        let p = list_at.at(2 * n);
        let secs = pair
            .at(0)
            .as_f64()
            .filter(|s| s.is_finite() && *s >= 0.0)
            .ok_or_else(|| p.err("expected seconds"))?;
        let t = tasklet(&mut r, pair.at(1), &list_at.at(2 * n + 1))?;
        if !r.vm().tasklet(t).has(flag::SLEEPING) {
            return Err(p.err("a timer's tasklet is not marked sleeping"));
        }
        let seq = r.vm().sched.next_timer_seq();
        r.vm().sched.timers.push(Reverse(Timer {
            at: now + secs,
            seq,
            tasklet: t,
        }));
    }
    for (i, j) in list("readers")?.iter().enumerate() {
        let t = tasklet(&mut r, j, &at.key("readers").at(i))?;
        r.vm().sched.readers.push_back(t);
    }
    let cbcur = field("cbcur")?;
    if !cbcur.is_null() {
        let t = tasklet(&mut r, cbcur, &at.key("cbcur"))?;
        r.vm().sched.callback_current = Some(t);
    }
    let idle = field("idle")?.as_bool().unwrap_or(false);
    let switch_pending = field("switch_pending")?.as_bool().unwrap_or(false);
    for (i, j) in list("callbacks")?.iter().enumerate() {
        let list_at = at.key("callbacks");
        let p = list_at.at(i);
        let v = j
            .as_array()
            .filter(|a| a.len() == 3)
            .ok_or_else(|| p.err("expected 3 values"))?;
        let cb = [
            r.value(v.at(0), &p.at(0))?,
            r.value(v.at(1), &p.at(1))?,
            r.value(v.at(2), &p.at(2))?,
        ];
        r.vm().pending_callbacks.push(cb);
    }
    let argv: Vec<String> = list("argv")?
        .iter()
        .enumerate()
        .map(|(i, a)| {
            a.as_str()
                .map(|s| s.to_string())
                .ok_or_else(|| at.key("argv").at(i).err("expected a string"))
        })
        .collect::<Result<_, _>>()?;
    let reclimit = field("reclimit")?
        .as_u64()
        .filter(|n| (1..=10_000_000).contains(n))
        .ok_or_else(|| at.key("reclimit").err("expected a recursion limit"))?;
    let int_digits = field("intdigits")?
        .as_u64()
        .filter(|n| *n == 0 || (640..=u32::MAX as u64).contains(n))
        .ok_or_else(|| {
            at.key("intdigits")
                .err("expected 0 or a digit limit of at least 640")
        })?;
    // Between instructions the running tasklet is in the runqueue (unless
    // everything waits for the host): the scheduler links from it.
    if !idle && !r.vm().tasklet(running).has(flag::SCHEDULED) {
        return Err(at
            .key("running")
            .err("the running tasklet is not in the runqueue"));
    }
    // What a tasklet gets when it resumes (a value, an exception) is
    // handed over by the switch: a running tasklet with no switch pending
    // has nothing waiting (another runnable tasklet named as the running
    // one would run on without the value its code expects).
    let rec = r.vm().tasklet(running);
    if !idle && !switch_pending && (rec.has(flag::DELIVER_PUSH) || rec.peek_resume().is_some()) {
        return Err(at
            .key("running")
            .err("the running tasklet still waits to be resumed (no switch is pending)"));
    }
    let vm = r.vm();
    vm.argv = argv;
    vm.recursion_limit = reclimit as usize;
    vm.int_max_str_digits = int_digits as usize;
    vm.sched.running = running;
    vm.sched.idle = idle;
    vm.switch_pending = switch_pending || idle;
    if !idle {
        let state = std::mem::take(&mut vm.tasklet_mut(running).exec).unpark();
        vm.cur = state;
    }
    Ok(())
}
