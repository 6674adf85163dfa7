//! The object arena and its mark-and-sweep collector.
//!
//! Objects live in chunked slots (`Slots`) addressed by `Handle`; freed slots go on a
//! free list and are reused. Collection only happens at safe points chosen by
//! the interpreter loop (between instructions), when every live value is
//! reachable from the roots the VM passes in; Rust code between safe points
//! may therefore hold handles in local variables freely.

use super::limits::{headroom, Tripped, DEFAULT_MAX_OBJECT_BYTES};
use super::object::{Instance, Obj, Payload};
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
    /// Tasklet objects in the arena (live after the last collection plus
    /// those made since).
    tasklets: usize,
    mem_limit: Option<usize>,
    tasklet_limit: Option<usize>,
    max_object_bytes: usize,
    /// Plain instance records the last collection freed, emptied, for new
    /// instances to reuse: a program making and dropping objects in a loop
    /// then allocates (and frees) neither the record nor its attribute
    /// table each time. In Node, bench/objects.py took 0.134 s instead of
    /// 0.143 (q1 of 30 runs; 4096 records instead: no gain).
    /// (Boxed on purpose: the box is the allocation being reused.)
    #[allow(clippy::vec_box)]
    spare_instances: Vec<Box<Instance>>,
    /// Where the limits trip: the limit itself, or the limit plus some
    /// headroom right after it tripped (see `vm::limits`).
    mem_ceiling: usize,
    tasklet_ceiling: usize,
}

/// Headroom after the memory limit trips: room for handlers to run.
const MEM_HEADROOM_MIN: usize = 1 << 20;
const TASKLET_HEADROOM_MIN: usize = 16;

const MIN_THRESHOLD: usize = 25_000;
/// At most this many spare instance records (~7.5 MiB with tables of four
/// attributes in wasm32), about as many as a collection cycle of the
/// smallest threshold makes.
const MAX_SPARE_INSTANCES: usize = 32768;
/// Attribute tables with room for more entries than this are not kept.
const MAX_SPARE_ATTRS: usize = 8;
/// Collect after this many payload bytes even when few objects were made
/// (a loop of big lists), or after as many as survived the last collection.
const MIN_BYTE_THRESHOLD: usize = 16 << 20;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

/// Mark `v`'s object, if it is one not marked yet, and queue it for tracing.
#[inline(always)]
fn mark(marks: &mut [u64], work: &mut Vec<u32>, v: Value) {
    if let Value::Obj(h) = v {
        let i = h.idx();
        let bit = 1u64 << (i % 64);
        if marks[i / 64] & bit == 0 {
            marks[i / 64] |= bit;
            work.push(h.0);
        }
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
            tasklets: 0,
            mem_limit: None,
            tasklet_limit: None,
            max_object_bytes: DEFAULT_MAX_OBJECT_BYTES,
            spare_instances: Vec::new(),
            mem_ceiling: usize::MAX,
            tasklet_ceiling: usize::MAX,
        }
    }

    /// A new plain instance of `class` with no attributes yet (room for
    /// `attrs`), reusing a spare record when there is one. Built in its
    /// slot: passing an `Obj` by value (`alloc`) copies it through memory
    /// in wasm, and reading that copy back stalled every constructor call.
    #[inline]
    pub fn instance(&mut self, class: Handle, attrs: usize) -> Handle {
        let record = match self.spare_instances.pop() {
            Some(mut inst) => {
                inst.class = class;
                inst
            }
            None => Box::new(Instance {
                class,
                dict: crate::objects::dict::Dict::with_capacity(attrs),
                payload: Payload::None,
                dict_obj: Value::Null,
            }),
        };
        self.live += 1;
        self.allocated_since_gc += 1;
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(Obj::Instance(record));
                Handle(i)
            }
            None => Handle(self.slots.push(Some(Obj::Instance(record))) as u32),
        }
    }

    /// Empty slot `i`, whose object is dead: keep a plain instance record
    /// (emptied) for `instance` while there is room, drop anything else.
    /// In place: taking the object out of the slot by value copied it twice
    /// through memory, a stall per dead object in wasm.
    #[inline]
    fn free_slot(&mut self, i: usize) {
        let slot = &mut self.slots[i];
        if let Some(Obj::Instance(inst)) = slot {
            if self.spare_instances.len() < MAX_SPARE_INSTANCES
                && matches!(inst.payload, Payload::None)
                && inst.dict.capacity() <= MAX_SPARE_ATTRS
            {
                inst.dict.clear();
                inst.dict_obj = Value::Null;
                // SAFETY: the box is moved out bitwise and the slot then
                // overwritten without dropping what it held, so the record
                // has exactly one owner (the pool) and is never freed twice.
                unsafe {
                    let record = std::ptr::read(inst as *const Box<Instance>);
                    std::ptr::write(slot as *mut Option<Obj>, None);
                    self.spare_instances.push(record);
                }
                return;
            }
        }
        *slot = None;
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Handle {
        self.live += 1;
        self.allocated_since_gc += 1;
        self.bytes_since_gc += obj.payload_bytes();
        if let Obj::Tasklet(_) = obj {
            self.tasklets += 1;
            if self.tasklets > self.tasklet_ceiling {
                // Collect (and check the limit) at the next safe point.
                self.allocated_since_gc = self.threshold;
            }
        }
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(obj);
                Handle(i)
            }
            None => Handle(self.slots.push(Some(obj)) as u32),
        }
    }

    #[inline(always)]
    pub fn get(&self, h: Handle) -> &Obj {
        match self.slots.get(h.idx()) {
            Some(Some(o)) => o,
            _ => dangling(h),
        }
    }

    #[inline(always)]
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
        if let Obj::Tasklet(_) = obj {
            self.tasklets += 1;
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

    /// Bytes the arena holds: its slots plus what objects own (an upper
    /// bound until the next collection).
    pub fn usage(&self) -> usize {
        self.slot_bytes() + self.tracked_bytes()
    }

    fn slot_bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Option<Obj>>()
    }

    /// Tasklet objects in the arena (some may be garbage until the next
    /// collection).
    pub fn tasklet_count(&self) -> usize {
        self.tasklets
    }

    /// Set the memory, tasklet and object-size limits (`None`: unlimited).
    pub fn set_limits(
        &mut self,
        memory: Option<usize>,
        tasklets: Option<usize>,
        object_bytes: Option<usize>,
    ) {
        self.mem_limit = memory;
        self.mem_ceiling = memory.unwrap_or(usize::MAX);
        self.tasklet_limit = tasklets;
        self.tasklet_ceiling = tasklets.unwrap_or(usize::MAX);
        self.max_object_bytes = object_bytes.unwrap_or(DEFAULT_MAX_OBJECT_BYTES);
        self.clamp_byte_threshold();
    }

    /// The most one new object may own now: `can_allocate(n)` holds for
    /// every `n` up to it.
    pub fn allowance(&self) -> usize {
        self.max_object_bytes
            .min(self.mem_ceiling.saturating_sub(self.slot_bytes()))
    }

    /// Whether one more object owning `bytes` could fit under the limits.
    /// What other objects own may be garbage by now (no collection can run
    /// in the middle of an instruction), so only the slots count here; the
    /// next safe point collects and looks at the whole again.
    pub fn can_allocate(&self, bytes: usize) -> bool {
        bytes <= self.max_object_bytes
            && self.slot_bytes().saturating_add(bytes) <= self.mem_ceiling
    }

    /// After a collection: whether a limit is still exceeded. Tripping
    /// grants headroom until usage falls back under the limit.
    pub fn tripped(&mut self) -> Option<Tripped> {
        let mut tripped = None;
        if let Some(limit) = self.tasklet_limit {
            if self.tasklets > self.tasklet_ceiling {
                self.tasklet_ceiling = limit.saturating_add(headroom(limit, TASKLET_HEADROOM_MIN));
                tripped = Some(Tripped::Tasklets { limit });
            } else if self.tasklets <= limit {
                self.tasklet_ceiling = limit;
            }
        }
        if let Some(limit) = self.mem_limit {
            let used = self.usage();
            if used > self.mem_ceiling {
                self.mem_ceiling = limit.saturating_add(headroom(limit, MEM_HEADROOM_MIN));
                tripped = Some(Tripped::Memory { limit });
            } else if used <= limit {
                self.mem_ceiling = limit;
            }
            self.clamp_byte_threshold();
        }
        tripped
    }

    /// Collect before the bytes allocated since the last collection could
    /// carry usage past the memory ceiling.
    fn clamp_byte_threshold(&mut self) {
        let room = self
            .mem_ceiling
            .saturating_sub(self.slot_bytes() + self.live_bytes);
        self.byte_threshold = MIN_BYTE_THRESHOLD.max(self.live_bytes).min(room);
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
        // Spare records no new instance wanted since the last collection
        // go: the pool holds what one cycle of the program recycles.
        self.spare_instances = Vec::new();
        let words = self.slots.len().div_ceil(64);
        self.marks.clear();
        self.marks.resize(words, 0);
        let mut work: Vec<u32> = Vec::new();
        super::object::marking(|| {
            roots(&mut |v| mark(&mut self.marks, &mut work, v));
            while let Some(i) = work.pop() {
                let Heap { slots, marks, .. } = self;
                if let Some(Some(obj)) = slots.get(i as usize) {
                    obj.trace(&mut |v| mark(marks, &mut work, v));
                }
            }
        });
        let mut live = 0;
        let mut live_bytes = 0;
        let mut tasklets = 0;
        // Rebuild the free list from the top down, so the lowest slots are
        // reused first (ids stay small and deterministic).
        self.free.clear();
        for i in (0..self.slots.len()).rev() {
            let slot = &mut self.slots[i];
            if let Some(obj) = slot {
                if self.marks[i / 64] & (1u64 << (i % 64)) != 0 {
                    live += 1;
                    live_bytes += obj.payload_bytes();
                    tasklets += matches!(obj, Obj::Tasklet(_)) as usize;
                    continue;
                }
                self.free_slot(i);
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
        self.tasklets = tasklets;
        self.clamp_byte_threshold();
    }
}

#[cold]
#[inline(never)]
fn dangling(h: Handle) -> ! {
    panic!("internal error: dangling object handle {}", h.0)
}
