//! An insertion-ordered hash table (the layout CPython's dict uses: a dense
//! entry array plus a sparse index). Small tables skip the index and scan
//! their few entries. Key equality is supplied by the caller, because it may
//! need the heap (strings, tuples) or even Python code (`__eq__`): the
//! callback answers `None` when it cannot decide natively, and the lookup then
//! reports `Lookup::NeedsPython` without having changed anything.

use crate::vm::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    /// `Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    index: Vec<u32>,
    len: usize,
    /// Bumped whenever the set of keys or their slots change (not on value
    /// updates): inline caches that remember a slot compare it.
    version: u32,
    /// One bit (`key_bit`) per heap object ever added as a key since the
    /// last `clear`: when a name's bit is clear, `has_identical_key` knows
    /// it is absent without reading the entries (the method cache asks on
    /// every cached `obj.method(...)`).
    key_bits: u32,
}

/// The `key_bits` bit of a key: heap objects only (names are interned
/// strings); any other key has none.
#[inline(always)]
fn key_bit(key: Value) -> u32 {
    match key {
        Value::Obj(h) => 1 << (h.0 % 32),
        _ => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(usize),
    Missing,
    NeedsPython,
}

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;
const SMALL: usize = 8;

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict {
            entries: Vec::with_capacity(n),
            index: Vec::new(),
            len: 0,
            version: 0,
            key_bits: 0,
        };
        if n > SMALL {
            d.rebuild_index(n);
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Bytes the table's buffers occupy (for GC pressure).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.index.capacity() * std::mem::size_of::<u32>()
    }

    /// Changes whenever keys are added, removed or moved.
    #[inline]
    pub fn version(&self) -> u32 {
        self.version
    }

    #[inline]
    fn touch(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries the table can hold before it must grow.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// Number of entry slots (live or deleted); iteration positions range over these.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at slot `i`, if any.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].value
    }

    pub fn set_value_at(&mut self, i: usize, v: Value) {
        self.entries[i].value = v;
    }

    /// Whether some live key is the object `key` itself (an interned name).
    #[inline]
    pub fn has_identical_key(&self, key: Value) -> bool {
        self.key_bits & key_bit(key) != 0 && self.entries.iter().any(|e| e.key.is_same_obj(key))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key, e.value)).collect()
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            if !e.key.is_null() {
                f(e.key);
                f(e.value);
            }
        }
    }

    /// Find `key` (with precomputed `hash`).
    #[inline]
    pub fn find<F: FnMut(Value, Value) -> Option<bool>>(
        &self,
        hash: i64,
        key: Value,
        mut eq: F,
    ) -> Lookup {
        if self.index.is_empty() {
            for (i, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_null() {
                    if e.key.is(key) {
                        return Lookup::Found(i);
                    }
                    match eq(e.key, key) {
                        Some(true) => return Lookup::Found(i),
                        Some(false) => {}
                        None => return Lookup::NeedsPython,
                    }
                }
            }
            return Lookup::Missing;
        }
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.index[i];
            if ix == EMPTY {
                return Lookup::Missing;
            }
            if ix != DELETED {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if e.key.is(key) {
                        return Lookup::Found(ix as usize);
                    }
                    match eq(e.key, key) {
                        Some(true) => return Lookup::Found(ix as usize),
                        Some(false) => {}
                        None => return Lookup::NeedsPython,
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Slots of live entries whose hash equals `hash` (for Python-level equality).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.key.is_null() && e.hash == hash)
            .map(|(i, _)| i)
            .collect()
    }

    /// Append a new entry; the caller has checked the key is absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.touch();
        let ix = self.entries.len();
        self.key_bits |= key_bit(key);
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        if self.index.is_empty() {
            if self.entries.len() > SMALL {
                self.rebuild_index(self.entries.len() * 2);
            }
            return;
        }
        if (self.entries.len()) * 3 >= self.index.len() * 2 {
            self.rebuild_index(self.len * 3);
        } else {
            self.insert_index(hash, ix as u32);
        }
    }

    /// Insert or overwrite.
    pub fn insert<F: FnMut(Value, Value) -> Option<bool>>(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: F,
    ) -> Lookup {
        match self.find(hash, key, eq) {
            Lookup::Found(i) => {
                self.entries[i].value = value;
                Lookup::Found(i)
            }
            Lookup::Missing => {
                self.push_new(hash, key, value);
                Lookup::Missing
            }
            Lookup::NeedsPython => Lookup::NeedsPython,
        }
    }

    /// Remove the entry at slot `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        self.touch();
        let e = self.entries[i];
        if !self.index.is_empty() {
            let mask = self.index.len() - 1;
            let mut perturb = e.hash as u64;
            let mut j = (e.hash as u64 as usize) & mask;
            loop {
                if self.index[j] == i as u32 {
                    self.index[j] = DELETED;
                    break;
                }
                if self.index[j] == EMPTY {
                    break;
                }
                perturb >>= 5;
                j = (j
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
        self.entries[i].key = Value::Null;
        self.entries[i].value = Value::Null;
        self.len -= 1;
        if self.len == 0 {
            self.key_bits = 0;
            self.entries.clear();
            self.index.clear();
        } else if self.entries.len() > 16 && self.entries.len() > self.len * 3 {
            self.compact();
        }
        e
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.touch();
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(i);
        // Trailing deleted slots can simply go.
        while matches!(self.entries.last(), Some(x) if x.key.is_null()) {
            self.entries.pop();
        }
        if !self.index.is_empty() {
            self.rebuild_index(self.index.len());
        }
        Some(e)
    }

    pub fn clear(&mut self) {
        self.touch();
        self.key_bits = 0;
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    fn compact(&mut self) {
        self.touch();
        self.entries.retain(|e| !e.key.is_null());
        let n = self.entries.len();
        if n > SMALL {
            self.rebuild_index(n * 2);
        } else {
            self.index.clear();
        }
    }

    fn rebuild_index(&mut self, min_size: usize) {
        self.touch();
        let mut size = 16;
        while size < min_size.max(SMALL + 1) * 3 / 2 {
            size <<= 1;
        }
        if self.entries.iter().any(|e| e.key.is_null()) {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.index.clear();
        self.index.resize(size, EMPTY);
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].hash;
            self.insert_index(h, ix as u32);
        }
    }

    fn insert_index(&mut self, hash: i64, ix: u32) {
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let cur = self.index[i];
            if cur == EMPTY || cur == DELETED {
                self.index[i] = ix;
                return;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: Value, b: Value) -> Option<bool> {
        Some(a.is(b))
    }

    #[test]
    fn insert_find_remove_many() {
        let mut d = Dict::new();
        for i in 0..1000 {
            d.insert(i, Value::Int(i), Value::Int(i * 2), eq);
        }
        assert_eq!(d.len(), 1000);
        for i in 0..1000 {
            assert_eq!(d.find(i, Value::Int(i), eq), Lookup::Found(i as usize));
        }
        for i in (0..1000).step_by(2) {
            if let Lookup::Found(s) = d.find(i, Value::Int(i), eq) {
                d.remove_at(s);
            }
        }
        assert_eq!(d.len(), 500);
        for i in 0..1000 {
            let found = matches!(d.find(i, Value::Int(i), eq), Lookup::Found(_));
            assert_eq!(found, i % 2 == 1);
        }
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| match k {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, (1..1000).step_by(2).collect::<Vec<_>>());
    }
}
