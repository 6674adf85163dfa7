//! Introspection for tools: a read-only picture of every tasklet (state,
//! what it waits on, its frames with their locals) and every channel.
//!
//! Everything here only reads the VM. Locals are rendered by a bounded,
//! builtin-only `repr`: no Python code runs (a user `__repr__` is never
//! called; such objects show as `<Class object at 0x...>`), nesting is cut
//! at [`MAX_DEPTH`], containers show at most [`MAX_ITEMS`] items and every
//! rendering stops at [`MAX_REPR`] characters, so a huge or cyclic value
//! costs a bounded amount of work.

use crate::builtins::repr::{address, repr_native, str_repr};
use crate::stackless::tasklet::{flag, NIL};
use crate::vm::frame::Frame;
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::Vm;
use serde::Serialize;

/// Longest rendering of one local, in characters (then `...`).
pub const MAX_REPR: usize = 200;
/// Items shown per container before `...`.
pub const MAX_ITEMS: usize = 20;
/// Container nesting shown before `...`.
pub const MAX_DEPTH: usize = 4;

/// What a tasklet is doing.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TaskletState {
    /// Its frames are executing (the scheduler's current tasklet).
    Running,
    /// In the runqueue, waiting for its turn.
    Runnable,
    /// Waiting on a channel (`blocked_on` says which and how).
    Blocked,
    /// In `time.sleep`, waiting for a host timer.
    Sleeping,
    /// In `input()`, waiting for a line.
    Reading,
    /// Waiting for a host function's result.
    HostCall,
    /// In `stackless.run()`, waiting for the runqueue to drain.
    Watching,
    /// Alive but in no queue (removed, or bound and not inserted).
    Paused,
    /// Not alive: finished, killed, or never bound.
    Finished,
}

/// Which way a blocked tasklet wants to move a value.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Send,
    Receive,
}

/// The channel a tasklet is blocked on.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct BlockedOn {
    pub channel: u32,
    pub direction: Direction,
}

/// One local variable of a frame.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct LocalInfo {
    pub name: String,
    /// Bounded builtin-only repr (see the module comment).
    pub repr: String,
}

/// One frame, innermost last.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    pub function: String,
    pub filename: String,
    pub line: u32,
    pub locals: Vec<LocalInfo>,
}

/// A tasklet as tools see it.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TaskletInfo {
    /// Stable for the life of the runtime (not across snapshots).
    pub id: u32,
    pub state: TaskletState,
    pub main: bool,
    pub blocked_on: Option<BlockedOn>,
    /// Outermost first.
    pub frames: Vec<FrameInfo>,
}

/// A channel as tools see it.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ChannelInfo {
    pub id: u32,
    /// > 0: that many senders wait; < 0: receivers.
    pub balance: i32,
    /// Ids of the waiting tasklets, first to be served first.
    pub queue: Vec<u32>,
    /// -1: a transfer runs the receiver first; 1: the sender; 0: neither.
    pub preference: i8,
    pub schedule_all: bool,
    pub closing: bool,
    pub closed: bool,
}

/// Every tasklet in the heap, ordered by id.
pub fn tasklets(vm: &Vm) -> Vec<TaskletInfo> {
    vm.heap
        .iter()
        .filter(|(_, o)| matches!(o, Obj::Tasklet(_)))
        .map(|(h, _)| tasklet_info(vm, h))
        .collect()
}

/// Every channel in the heap, ordered by id.
pub fn channels(vm: &Vm) -> Vec<ChannelInfo> {
    vm.heap
        .iter()
        .filter_map(|(h, o)| match o {
            Obj::Channel(c) => {
                let mut queue = Vec::new();
                let mut t = c.head;
                while t != NIL && queue.len() <= c.balance.unsigned_abs() as usize {
                    queue.push(t);
                    t = vm.tasklet(Handle(t)).next;
                }
                Some(ChannelInfo {
                    id: h.0,
                    balance: c.balance,
                    queue,
                    preference: c.preference,
                    schedule_all: c.schedule_all,
                    closing: c.closing,
                    closed: c.closed(),
                })
            }
            _ => None,
        })
        .collect()
}

fn tasklet_info(vm: &Vm, h: Handle) -> TaskletInfo {
    let t = vm.tasklet(h);
    let current = h == vm.sched.running && !vm.sched.idle;
    let state = if !t.has(flag::ALIVE) {
        TaskletState::Finished
    } else if current {
        TaskletState::Running
    } else if t.channel != NIL {
        TaskletState::Blocked
    } else if t.has(flag::SLEEPING) {
        TaskletState::Sleeping
    } else if t.has(flag::READING) {
        TaskletState::Reading
    } else if t.has(flag::HOST_CALL) {
        TaskletState::HostCall
    } else if t.has(flag::WATCHDOG) {
        TaskletState::Watching
    } else if t.has(flag::SCHEDULED) {
        TaskletState::Runnable
    } else {
        TaskletState::Paused
    };
    let blocked_on = (t.channel != NIL).then_some(BlockedOn {
        channel: t.channel,
        direction: if t.dir > 0 {
            Direction::Send
        } else {
            Direction::Receive
        },
    });
    let (frames, stack) = if current {
        (&vm.cur.frames[..], &vm.cur.stack[..])
    } else {
        (t.exec.frames(), t.exec.stack())
    };
    TaskletInfo {
        id: h.0,
        state,
        main: t.has(flag::MAIN),
        blocked_on,
        frames: frames.iter().map(|f| frame_info(vm, f, stack)).collect(),
    }
}

fn frame_info(vm: &Vm, f: &Frame, stack: &[Value]) -> FrameInfo {
    let code = &f.code.code;
    let mut locals = Vec::new();
    let names = code
        .varnames
        .iter()
        .take(code.nlocals as usize)
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter());
    for (i, name) in names.enumerate() {
        let Some(&v) = stack.get(f.base as usize + i) else {
            break;
        };
        let v = if i >= code.nlocals as usize {
            match v {
                Value::Obj(c) => match vm.heap.get(c) {
                    Obj::Cell(inner) => *inner,
                    _ => v,
                },
                _ => v,
            }
        } else {
            v
        };
        if matches!(v, Value::Null) {
            continue;
        }
        locals.push(LocalInfo {
            name: name.clone(),
            repr: bounded_repr(vm, v),
        });
    }
    // Module and class bodies keep their variables in a dict.
    let namespace = f
        .locals
        .get()
        .or_else(|| (f.gen.get().is_none() && code.name == "<module>").then_some(f.globals));
    if let Some(d) = namespace {
        if let Obj::Dict(d) = vm.heap.get(d) {
            for e in d.iter() {
                let Some(name) = vm.str_of(e.key) else {
                    continue;
                };
                if name.starts_with("__") && name.ends_with("__") {
                    continue;
                }
                locals.push(LocalInfo {
                    name: name.to_string(),
                    repr: bounded_repr(vm, e.value),
                });
            }
        }
    }
    FrameInfo {
        function: code.name.clone(),
        filename: code.filename.clone(),
        line: f.line(),
        locals,
    }
}

/// `repr(v)` computed natively, bounded in depth, width and length.
pub fn bounded_repr(vm: &Vm, v: Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    write_repr(vm, v, 0, &mut seen, &mut out);
    cap(out)
}

fn cap(mut s: String) -> String {
    if s.chars().count() > MAX_REPR {
        s = s.chars().take(MAX_REPR).collect();
        s.push_str("...");
    }
    s
}

/// Whether `out` is already past the length cap (stop adding).
fn full(out: &str) -> bool {
    out.len() > MAX_REPR * 4
}

fn write_items(
    vm: &Vm,
    items: &mut dyn Iterator<Item = (Value, Option<Value>)>,
    depth: usize,
    seen: &mut Vec<Handle>,
    out: &mut String,
) {
    for (i, (a, b)) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if i >= MAX_ITEMS || full(out) {
            out.push_str("...");
            return;
        }
        write_repr(vm, a, depth + 1, seen, out);
        if let Some(b) = b {
            out.push_str(": ");
            write_repr(vm, b, depth + 1, seen, out);
        }
    }
}

fn write_repr(vm: &Vm, v: Value, depth: usize, seen: &mut Vec<Handle>, out: &mut String) {
    let Value::Obj(h) = v else {
        out.push_str(&repr_native(vm, v).unwrap_or_else(|| "?".into()));
        return;
    };
    let obj = vm.heap.get(h);
    let container = matches!(
        obj,
        Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
    );
    if container && (depth >= MAX_DEPTH || seen.contains(&h)) {
        out.push_str("...");
        return;
    }
    seen.push(h);
    match obj {
        Obj::Str(s) => {
            let text = s.as_str();
            if text.len() > MAX_REPR * 4 {
                let cut: String = text.chars().take(MAX_REPR).collect();
                out.push_str(&str_repr(&cut));
            } else {
                out.push_str(&str_repr(text));
            }
        }
        Obj::List(items) => {
            out.push('[');
            write_items(vm, &mut items.iter().map(|v| (*v, None)), depth, seen, out);
            out.push(']');
        }
        Obj::Tuple(items) => {
            out.push('(');
            write_items(vm, &mut items.iter().map(|v| (*v, None)), depth, seen, out);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Obj::Dict(d) => {
            out.push('{');
            write_items(
                vm,
                &mut d.iter().map(|e| (e.key, Some(e.value))),
                depth,
                seen,
                out,
            );
            out.push('}');
        }
        Obj::Set(s) | Obj::FrozenSet(s) => {
            let frozen = matches!(obj, Obj::FrozenSet(_));
            if s.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
            } else {
                out.push_str(if frozen { "frozenset({" } else { "{" });
                write_items(vm, &mut s.iter().map(|e| (e.key, None)), depth, seen, out);
                out.push_str(if frozen { "})" } else { "}" });
            }
        }
        // Values whose builtin repr is small and never recurses.
        Obj::BigInt(_)
        | Obj::Bytes(_)
        | Obj::Range(_)
        | Obj::Function(_)
        | Obj::Native(_)
        | Obj::Class(_)
        | Obj::Module(_)
        | Obj::Code(_)
        | Obj::Generator(_) => match repr_native(vm, v) {
            Some(s) => out.push_str(&cap(s)),
            None => generic(vm, v, h, out),
        },
        Obj::Tasklet(_) => out.push_str(&format!("<stackless.tasklet {}>", h.0)),
        Obj::Channel(_) => out.push_str(&format!("<stackless.channel {}>", h.0)),
        _ => generic(vm, v, h, out),
    }
    seen.pop();
}

fn generic(vm: &Vm, v: Value, h: Handle, out: &mut String) {
    out.push_str(&format!("<{} object at {}>", vm.type_name(v), address(h)));
}
