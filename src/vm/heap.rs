//! The object arena and its mark-and-sweep collector.
//!
//! Objects live in chunked slots (`Slots`) addressed by `Handle`; freed slots go on a
//! free list and are reused. Collection only happens at safe points chosen by
//! the interpreter loop (between instructions), when every live value is
//! reachable from the roots the VM passes in; Rust code between safe points
//! may therefore hold handles in local variables freely.

use super::object::Obj;
use super::slots::Slots;
use super::value::{Handle, Value};

/// Reports every root value to the marking callback it is given.
pub type RootFn<'a> = dyn FnMut(&mut dyn FnMut(Value)) + 'a;

#[derive(Clone)]
pub struct Heap {
    slots: Slots,
    free: Vec<u32>,
    marks: Vec<u64>,
    live: usize,
    allocated_since_gc: usize,
    threshold: usize,
    /// Payload bytes (`Obj::payload_bytes`) allocated or grown since the
    /// last collection, and those live after it.
    bytes_since_gc: usize,
    live_bytes: usize,
    byte_threshold: usize,
    pub collections: u64,
    /// One bit per slot: set for objects that existed when start-up ended
    /// (builtins, natives, the prelude). Cleared when such an object is
    /// freed, so a reused slot is never mistaken for a start-up object.
    boot: Vec<u64>,
}

const MIN_THRESHOLD: usize = 25_000;
/// Collect after this many payload bytes even when few objects were made
/// (a loop of big lists), or after as many as survived the last collection.
const MIN_BYTE_THRESHOLD: usize = 16 << 20;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            slots: Slots::default(),
            free: Vec::new(),
            marks: Vec::new(),
            live: 0,
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            bytes_since_gc: 0,
            live_bytes: 0,
            byte_threshold: MIN_BYTE_THRESHOLD,
            collections: 0,
            boot: Vec::new(),
        }
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Handle {
        self.live += 1;
        self.allocated_since_gc += 1;
        self.bytes_since_gc += obj.payload_bytes();
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(obj);
                Handle(i)
            }
            None => Handle(self.slots.push(Some(obj)) as u32),
        }
    }

    #[inline]
    pub fn get(&self, h: Handle) -> &Obj {
        match self.slots.get(h.idx()) {
            Some(Some(o)) => o,
            _ => dangling(h),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> &mut Obj {
        match self.slots.get_mut(h.idx()) {
            Some(Some(o)) => o,
            _ => dangling(h),
        }
    }

    /// Remember every live object as a start-up object.
    pub fn mark_boot(&mut self) {
        self.boot = vec![0; self.slots.len().div_ceil(64)];
        for (i, s) in self.slots.iter().enumerate() {
            if s.is_some() {
                self.boot[i / 64] |= 1 << (i % 64);
            }
        }
    }

    /// Whether `h` is an object that existed when start-up ended.
    #[inline]
    pub fn is_boot(&self, h: Handle) -> bool {
        let i = h.idx();
        self.boot
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Whether `h` names a live object (used to validate untrusted handles).
    pub fn is_live(&self, h: Handle) -> bool {
        matches!(self.slots.get(h.idx()), Some(Some(_)))
    }

    /// Replace the object at `h` (used when restoring snapshots).
    pub fn put(&mut self, h: Handle, obj: Obj) {
        let i = h.idx();
        self.slots.grow_to(i + 1);
        if self.slots[i].is_none() {
            self.live += 1;
        }
        self.slots[i] = Some(obj);
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    #[inline]
    pub fn should_collect(&self) -> bool {
        self.allocated_since_gc >= self.threshold || self.bytes_since_gc >= self.byte_threshold
    }

    /// Count `n` more payload bytes (an object's buffer grew in place).
    #[inline]
    pub fn note_growth(&mut self, n: usize) {
        self.bytes_since_gc += n;
    }

    /// Payload bytes live after the last collection plus those allocated
    /// since: an upper bound of what the arena's objects own.
    pub fn tracked_bytes(&self) -> usize {
        self.live_bytes + self.bytes_since_gc
    }

    /// Visit every live object mutably.
    pub fn for_each_mut(&mut self, f: &mut dyn FnMut(&mut Obj)) {
        self.slots.iter_mut().flatten().for_each(f);
    }

    /// Iterate over every live object with its handle.
    pub fn iter(&self) -> impl Iterator<Item = (Handle, &Obj)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|o| (Handle(i as u32), o)))
    }

    /// Mark everything reachable from the roots that `roots` reports, free the rest.
    pub fn collect(&mut self, roots: &mut RootFn) {
        self.collections += 1;
        let words = self.slots.len().div_ceil(64);
        self.marks.clear();
        self.marks.resize(words, 0);
        let mut work: Vec<u32> = Vec::new();
        {
            let marks = &mut self.marks;
            let mut mark = |v: Value| {
                if let Value::Obj(h) = v {
                    let i = h.idx();
                    let bit = 1u64 << (i % 64);
                    if marks[i / 64] & bit == 0 {
                        marks[i / 64] |= bit;
                        work.push(h.0);
                    }
                }
            };
            roots(&mut mark);
        }
        while let Some(i) = work.pop() {
            let Heap { slots, marks, .. } = self;
            if let Some(Some(obj)) = slots.get(i as usize) {
                obj.trace(&mut |v: Value| {
                    if let Value::Obj(h) = v {
                        let j = h.idx();
                        let bit = 1u64 << (j % 64);
                        if marks[j / 64] & bit == 0 {
                            marks[j / 64] |= bit;
                            work.push(h.0);
                        }
                    }
                });
            }
        }
        let mut live = 0;
        let mut live_bytes = 0;
        // Rebuild the free list from the top down, so the lowest slots are
        // reused first (ids stay small and deterministic).
        self.free.clear();
        for i in (0..self.slots.len()).rev() {
            let slot = &mut self.slots[i];
            if let Some(obj) = slot {
                if self.marks[i / 64] & (1u64 << (i % 64)) != 0 {
                    live += 1;
                    live_bytes += obj.payload_bytes();
                    continue;
                }
                *slot = None;
                if let Some(w) = self.boot.get_mut(i / 64) {
                    *w &= !(1 << (i % 64));
                }
            }
            self.free.push(i as u32);
        }
        self.live = live;
        self.allocated_since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(live);
        self.bytes_since_gc = 0;
        self.live_bytes = live_bytes;
        self.byte_threshold = MIN_BYTE_THRESHOLD.max(live_bytes);
    }
}

#[cold]
#[inline(never)]
fn dangling(h: Handle) -> ! {
    panic!("internal error: dangling object handle {}", h.0)
}
