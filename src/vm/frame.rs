//! Frames, completions and the per-tasklet execution state.
//!
//! A `Frame` is plain data: which code, where in it, where its slots start
//! in the tasklet's shared value stack, and a `Completion` that says what the
//! caller does with the frame's result. Native code that needs a Python
//! result never recurses: it pushes a frame whose completion carries a small
//! serializable continuation (`Cont`) and resumes when the frame returns.

use super::cont::ContKind;
use super::object::{trace_code, CodeRt};
use super::value::{Handle, Value};
use crate::vm::value::MaybeHandle;
use std::rc::Rc;

/// What happens to a frame's result in its caller.
#[derive(Clone, Debug)]
pub enum Completion {
    /// Push the result on the caller's value stack.
    Push,
    /// Drop it.
    Discard,
    /// The tasklet's bottom frame: returning finishes the tasklet.
    Exit,
    /// `__init__` returned: it must be `None`; push the new instance.
    Init(Handle),
    /// A conditional jump waiting for a truth value: jump to `target` when
    /// the truth of the result equals `jump_if`. `strict` when the result
    /// comes from `__bool__` (must be a bool) or `__len__` (must be an int).
    CondJump {
        target: u32,
        jump_if: bool,
        strict: Strict,
    },
    /// A subiterator of `yield from` produced a value: the delegating
    /// generator yields it and will re-run its `YieldFrom` on resumption.
    YieldFromStep,
    /// A multi-step native operation.
    Cont(Box<Cont>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strict {
    Any,
    Bool,
    Len,
}

#[derive(Clone, Debug)]
pub struct Cont {
    pub kind: ContKind,
    pub then: Completion,
}

impl Completion {
    pub fn cont(kind: ContKind, then: Completion) -> Completion {
        Completion::Cont(Box::new(Cont { kind, then }))
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Completion::Push
            | Completion::Discard
            | Completion::Exit
            | Completion::YieldFromStep => {}
            Completion::CondJump { .. } => {}
            Completion::Init(h) => f(Value::Obj(*h)),
            Completion::Cont(c) => {
                c.kind.trace(f);
                c.then.trace(f);
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Rc<CodeRt>,
    /// Index of the next instruction.
    pub pc: u32,
    /// Stack index of slot 0.
    pub base: u32,
    /// Stack height to cut back to when the frame is gone.
    pub ret_sp: u32,
    pub globals: Handle,
    /// The namespace dict for `LoadName`/`StoreName` (class bodies).
    pub locals: MaybeHandle,
    pub completion: Completion,
    /// The generator this frame belongs to, if any.
    pub gen: MaybeHandle,
}

impl Frame {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        trace_code(&self.code, f);
        f(Value::Obj(self.globals));
        if let Some(l) = self.locals.get() {
            f(Value::Obj(l));
        }
        self.completion.trace(f);
        if let Some(g) = self.gen.get() {
            f(Value::Obj(g));
        }
    }

    pub fn line(&self) -> u32 {
        self.code.code.line_at(self.pc.saturating_sub(1) as usize)
    }
}

/// The execution state of one tasklet: its value stack (shared by all its
/// frames, Lua style), its frames, and the exception currently being handled.
#[derive(Clone, Debug, Default)]
pub struct ExecState {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub exc_info: Value,
}

impl ExecState {
    /// The top `n` values of the stack, taken off it (bottom first): the
    /// items of a tuple, list, set, dict or string display.
    pub fn pop_values(&mut self, n: usize) -> Vec<Value> {
        let len = self.stack.len();
        self.stack.split_off(len - n)
    }

    /// `frames.push(make())`, always inline: every Python call pushes a
    /// frame, and `Vec::push` of a value this size stays an out-of-line
    /// call (11% of a call-heavy program's time natively). The frame is
    /// built only after the room for it is made, so its fields go straight
    /// into the new slot: built before (and kept across the possible
    /// reallocation), it was assembled on the native stack and copied with
    /// wide loads over narrow stores, a store-forwarding stall that cost
    /// another 10%.
    #[inline(always)]
    pub fn push_frame(&mut self, make: impl FnOnce() -> Frame) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(1);
        }
        let len = self.frames.len();
        // SAFETY: the capacity exceeds `len` (reserved above), so slot
        // `len` is allocated; it is written before the length covers it.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(make());
            self.frames.set_len(len + 1);
        }
    }

    /// The return of a plain call: when the top frame is neither a
    /// generator's nor the tasklet's bottom one, and its completion (`Push`,
    /// or `Init` given `None`) just hands a value to the caller, pop it,
    /// cut the stack back and push that value; false leaves everything as
    /// it was. The frame is dropped where it lies (only its code reference
    /// needs dropping): moving it out of the Vec was a 36-byte copy that
    /// wasm makes a `memory.copy`, a call into the engine on every return.
    #[inline(always)]
    pub fn return_to_caller(&mut self, v: Value) -> bool {
        let n = self.frames.len();
        let Some(top) = self.frames.last() else {
            return false;
        };
        if n < 2 || top.gen.get().is_some() {
            return false;
        }
        let result = match top.completion {
            Completion::Push => v,
            Completion::Init(inst) if v.is_none() => Value::obj(inst),
            _ => return false,
        };
        let ret_sp = top.ret_sp as usize;
        // SAFETY: slot `n - 1` holds an initialized frame; the length is cut
        // first so it is never seen again, and of its fields only `code`
        // owns anything (the completion is `Push` or `Init`, plain data).
        unsafe {
            self.frames.set_len(n - 1);
            std::ptr::drop_in_place(&mut (*self.frames.as_mut_ptr().add(n - 1)).code);
        }
        self.stack.truncate(ret_sp);
        self.stack.push(result);
        true
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.stack.iter().for_each(|v| f(*v));
        self.frames.iter().for_each(|fr| fr.trace(f));
        f(self.exc_info);
    }
}
