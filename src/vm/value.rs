//! `Value`: the small, `Copy` representation of every Python value. Scalars
//! are unboxed; everything else is a `Handle` into the heap arena.

use serde::{Deserialize, Serialize};

/// An index into the heap arena. Plain numbers make snapshots and `id()` easy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Handle(pub u32);

impl Handle {
    #[inline]
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

/// An optional handle in 4 bytes (`u32::MAX` for none), for hot records
/// such as frames where `Option<Handle>` would cost 8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaybeHandle(u32);

impl MaybeHandle {
    pub const NONE: MaybeHandle = MaybeHandle(u32::MAX);

    #[inline]
    pub fn some(h: Handle) -> MaybeHandle {
        MaybeHandle(h.0)
    }

    #[inline]
    pub fn get(self) -> Option<Handle> {
        (self.0 != u32::MAX).then_some(Handle(self.0))
    }
}

impl From<Option<Handle>> for MaybeHandle {
    fn from(h: Option<Handle>) -> MaybeHandle {
        h.map_or(MaybeHandle::NONE, MaybeHandle::some)
    }
}

/// `repr(u64)`: every payload sits at offset 8, so a value is always copied
/// as two whole words (mixed-size stores defeat store-to-load forwarding).
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
#[derive(Default)]
pub enum Value {
    /// Not a Python value: an empty local slot, or the `NULL` a call sequence
    /// pushes when there is no bound `self`.
    Null,
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Handle),
}

impl Value {
    /// `Value::Obj(h)` written as two whole words. Built field by field,
    /// the handle is a 4-byte store, and the next instruction reading the
    /// value back as words (a local just set, an item just pushed) cannot
    /// take it from the store buffer: a stall per object made, in wasm.
    #[inline(always)]
    pub fn obj(h: Handle) -> Value {
        const OBJ_TAG: u64 = 5;
        // SAFETY: `Value` is `repr(u64)`: the tag word (5 is `Obj`, checked
        // in the tests) and then the payload, a `Handle` (u32) in the low
        // half of the second word (little-endian; the rest is padding).
        unsafe { std::mem::transmute::<[u64; 2], Value>([OBJ_TAG, h.0 as u64]) }
    }

    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn handle(self) -> Option<Handle> {
        match self {
            Value::Obj(h) => Some(h),
            _ => None,
        }
    }
    /// Identity (`is`).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
    /// Whether both are the same heap object: the inline caches' check
    /// that a slot still holds the interned name they remember. Inline,
    /// unlike `is`, because it runs on every cached attribute access.
    #[inline(always)]
    pub fn is_same_obj(self, other: Value) -> bool {
        matches!((self, other), (Value::Obj(a), Value::Obj(b)) if a == b)
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        self.is(*other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_small() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn obj_is_obj() {
        for h in [0, 1, 77, u32::MAX] {
            assert!(matches!(Value::obj(Handle(h)), Value::Obj(x) if x == Handle(h)));
        }
    }
}
