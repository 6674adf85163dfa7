//! `ParkedExec`: a suspended tasklet's execution state in 36 bytes.
//!
//! The running tasklet's state is an ordinary `ExecState` (two `Vec`s and
//! the handled exception, 64 bytes). A tasklet that is not running keeps
//! the same buffers but stores each `Vec` as pointer + `u32` length +
//! `u32` capacity, and the handled exception as a bare handle. Parking and unparking move the buffers without copying
//! their contents, so a switch stays a handful of word moves while every
//! blocked tasklet is 16 bytes smaller.

use crate::vm::frame::{ExecState, Frame};
use crate::vm::value::Value;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// A `Vec<T>` taken apart: pointer, length, capacity (each below 2^32).
struct RawVec<T> {
    ptr: NonNull<T>,
    len: u32,
    cap: u32,
}

impl<T> RawVec<T> {
    fn new() -> RawVec<T> {
        RawVec {
            ptr: NonNull::dangling(),
            len: 0,
            cap: 0,
        }
    }

    fn from_vec(v: Vec<T>) -> RawVec<T> {
        let mut v = ManuallyDrop::new(v);
        let (len, cap) = (v.len(), v.capacity());
        RawVec {
            // SAFETY: a Vec's pointer is never null (dangling when empty).
            ptr: unsafe { NonNull::new_unchecked(v.as_mut_ptr()) },
            len: u32::try_from(len).expect("a tasklet stack below 2^32 entries"),
            cap: u32::try_from(cap).expect("a tasklet stack below 2^32 entries"),
        }
    }

    fn into_vec(self) -> Vec<T> {
        let this = ManuallyDrop::new(self);
        // SAFETY: the parts came from a `Vec<T>` in `from_vec` and are
        // reassembled exactly once (`self` is consumed, never dropped).
        unsafe { Vec::from_raw_parts(this.ptr.as_ptr(), this.len as usize, this.cap as usize) }
    }

    fn as_slice(&self) -> &[T] {
        // SAFETY: the first `len` elements of the buffer are initialised.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize) }
    }
}

impl<T> Drop for RawVec<T> {
    fn drop(&mut self) {
        let v = std::mem::replace(self, RawVec::new());
        drop(v.into_vec());
    }
}

/// The suspended state of a tasklet (see the module comment).
pub struct ParkedExec {
    stack: RawVec<Value>,
    frames: RawVec<Frame>,
    /// The exception being handled: a handle, or `NO_EXC`/`NULL_EXC`.
    exc_info: u32,
}

const NO_EXC: u32 = u32::MAX;
const NULL_EXC: u32 = u32::MAX - 1;

fn pack_exc(v: Value) -> u32 {
    match v {
        Value::Obj(h) => h.0,
        Value::Null => NULL_EXC,
        _ => NO_EXC,
    }
}

fn unpack_exc(x: u32) -> Value {
    match x {
        NO_EXC => Value::None,
        NULL_EXC => Value::Null,
        h => Value::Obj(crate::vm::value::Handle(h)),
    }
}

impl Default for ParkedExec {
    fn default() -> Self {
        ParkedExec {
            stack: RawVec::new(),
            frames: RawVec::new(),
            exc_info: pack_exc(Value::default()),
        }
    }
}

impl ParkedExec {
    pub fn park(state: ExecState) -> ParkedExec {
        ParkedExec {
            stack: RawVec::from_vec(state.stack),
            frames: RawVec::from_vec(state.frames),
            exc_info: pack_exc(state.exc_info),
        }
    }

    pub fn unpark(self) -> ExecState {
        let this = ManuallyDrop::new(self);
        // SAFETY: each field is read once and `self` is never dropped, so
        // the buffers change owner exactly once.
        let (stack, frames) =
            unsafe { (std::ptr::read(&this.stack), std::ptr::read(&this.frames)) };
        ExecState {
            stack: stack.into_vec(),
            frames: frames.into_vec(),
            exc_info: unpack_exc(this.exc_info),
        }
    }

    /// Move the running state `cur` in here (this slot must be empty, as a
    /// running tasklet's is), leaving `cur` empty. Nothing is dropped or
    /// allocated: a switch is a few word moves.
    #[inline]
    pub fn park_from(&mut self, cur: &mut ExecState) {
        let state = std::mem::take(cur);
        let old = std::mem::replace(self, ParkedExec::park(state));
        old.forget_if_empty();
    }

    /// Move the state parked here into `cur` (which must be empty, as it is
    /// right after `park_from`), leaving this slot empty.
    #[inline]
    pub fn unpark_into(&mut self, cur: &mut ExecState) {
        let state = std::mem::take(self).unpark();
        let old = std::mem::replace(cur, state);
        ParkedExec::park(old).forget_if_empty();
    }

    /// Drop this (normally empty) state, skipping the drop glue when it
    /// owns no buffer.
    #[inline]
    fn forget_if_empty(self) {
        if self.stack.cap == 0 && self.frames.cap == 0 {
            std::mem::forget(self);
        }
    }

    pub fn frames(&self) -> &[Frame] {
        self.frames.as_slice()
    }

    pub fn stack(&self) -> &[Value] {
        self.stack.as_slice()
    }

    pub fn exc_info(&self) -> Value {
        unpack_exc(self.exc_info)
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.stack.as_slice().iter().for_each(|v| f(*v));
        self.frames.as_slice().iter().for_each(|fr| fr.trace(f));
        f(unpack_exc(self.exc_info));
    }
}

impl Clone for ParkedExec {
    fn clone(&self) -> Self {
        ParkedExec {
            stack: RawVec::from_vec(self.stack.as_slice().to_vec()),
            frames: RawVec::from_vec(self.frames.as_slice().to_vec()),
            exc_info: self.exc_info,
        }
    }
}

impl std::fmt::Debug for ParkedExec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ParkedExec({} values, {} frames)",
            self.stack.len, self.frames.len
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn park_and_unpark_keep_the_buffers() {
        let mut state = ExecState::default();
        state.stack.reserve_exact(5);
        state.stack.extend([Value::Int(1), Value::Int(2)]);
        let ptr = state.stack.as_ptr();
        let parked = ParkedExec::park(state);
        let back = parked.unpark();
        assert_eq!(back.stack.as_ptr(), ptr);
        assert_eq!(back.stack.capacity(), 5);
        assert!(matches!(back.stack[1], Value::Int(2)));
    }

    #[test]
    fn parked_state_is_small() {
        assert_eq!(std::mem::size_of::<ParkedExec>(), 40);
        assert_eq!(std::mem::size_of::<super::super::tasklet::Tasklet>(), 80);
    }
}
