//! The set table, laid out and probed exactly as CPython 3.11's
//! `setobject.c` does (linear probes of 9, then perturbation; resize at 60%
//! fill), so that iterating a set visits elements in the same order CPython
//! prints them. As with `Dict`, key equality comes from the caller.

use crate::vm::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct SetEntry {
    /// 0 with a Null key: unused; -1 with a Null key: dummy (deleted).
    pub hash: i64,
    pub key: Value,
}

const UNUSED: SetEntry = SetEntry {
    hash: 0,
    key: Value::Null,
};
const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes scanning (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: vec![UNUSED; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// Result of a set operation that may need Python-level equality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetLookup {
    Found(usize),
    Missing,
    NeedsPython,
}

#[inline]
fn is_active(e: &SetEntry) -> bool {
    !e.key.is_null()
}

#[inline]
fn is_dummy(e: &SetEntry) -> bool {
    e.key.is_null() && e.hash == -1
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Bytes the table occupies (for GC pressure).
    pub fn heap_bytes(&self) -> usize {
        self.table.len() * std::mem::size_of::<SetEntry>()
    }

    /// Table slots, for iteration by position.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn entry(&self, i: usize) -> Option<&SetEntry> {
        self.table.get(i).filter(|e| is_active(e))
    }

    /// Every slot's raw hash (unused 0, dummy -1) — frozenset hashing needs them.
    pub fn raw_hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.table.iter().map(|e| e.hash)
    }

    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> + '_ {
        self.table.iter().filter(|e| is_active(e))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    /// Where `pop` resumes (snapshots keep it).
    pub fn finger(&self) -> usize {
        self.finger
    }

    /// Occupied slots (active and dummy) as (slot, hash, key); a dummy's
    /// key is Null. With `from_raw` this reproduces the exact table, so
    /// iteration order survives a snapshot.
    pub fn raw_slots(&self) -> Vec<(usize, i64, Value)> {
        self.table
            .iter()
            .enumerate()
            .filter(|(_, e)| is_active(e) || is_dummy(e))
            .map(|(i, e)| (i, e.hash, e.key))
            .collect()
    }

    /// Rebuild a table from `raw_slots` output, checking its shape.
    pub fn from_raw(
        size: usize,
        finger: usize,
        slots: Vec<(usize, i64, Value)>,
    ) -> Result<SetTable, String> {
        if size < MINSIZE || !size.is_power_of_two() {
            return Err(format!(
                "set table size {size} is not a power of two >= {MINSIZE}"
            ));
        }
        let mut table = vec![UNUSED; size];
        let (mut fill, mut used) = (0, 0);
        for (slot, hash, key) in slots {
            if slot >= size {
                return Err(format!("set slot {slot} outside a table of {size}"));
            }
            if is_active(&table[slot]) || is_dummy(&table[slot]) {
                return Err(format!("set slot {slot} appears twice"));
            }
            if key.is_null() && hash != -1 {
                return Err(format!("set slot {slot}: a dummy has hash -1"));
            }
            table[slot] = SetEntry { hash, key };
            fill += 1;
            if !key.is_null() {
                used += 1;
            }
        }
        if fill >= size {
            return Err("set table has no free slot".into());
        }
        Ok(SetTable {
            table,
            fill,
            used,
            finger: finger & (size - 1),
        })
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.table {
            if is_active(e) {
                f(e.key);
            }
        }
    }

    pub fn lookup<F: FnMut(Value, Value) -> Option<bool>>(
        &self,
        hash: i64,
        key: Value,
        mut eq: F,
    ) -> SetLookup {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let e = &self.table[i + j];
                if e.hash == 0 && e.key.is_null() {
                    return SetLookup::Missing;
                }
                if e.hash == hash && is_active(e) {
                    if e.key.is(key) {
                        return SetLookup::Found(i + j);
                    }
                    match eq(e.key, key) {
                        Some(true) => return SetLookup::Found(i + j),
                        Some(false) => {}
                        None => return SetLookup::NeedsPython,
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Add `key`; `Found` if it was already present.
    pub fn add<F: FnMut(Value, Value) -> Option<bool>>(
        &mut self,
        hash: i64,
        key: Value,
        mut eq: F,
    ) -> SetLookup {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                let e = self.table[idx];
                if e.hash == 0 && e.key.is_null() {
                    match freeslot {
                        Some(f) => {
                            self.used += 1;
                            self.table[f] = SetEntry { hash, key };
                        }
                        None => {
                            self.fill += 1;
                            self.used += 1;
                            self.table[idx] = SetEntry { hash, key };
                            if self.fill * 5 >= mask * 3 {
                                let n = if self.used > 50000 {
                                    self.used * 2
                                } else {
                                    self.used * 4
                                };
                                self.resize(n);
                            }
                        }
                    }
                    return SetLookup::Missing;
                }
                if e.hash == hash && is_active(&e) {
                    if e.key.is(key) {
                        return SetLookup::Found(idx);
                    }
                    match eq(e.key, key) {
                        Some(true) => return SetLookup::Found(idx),
                        Some(false) => {}
                        None => return SetLookup::NeedsPython,
                    }
                } else if is_dummy(&e) {
                    freeslot = Some(idx);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Remove the entry at slot `i`.
    pub fn remove_at(&mut self, i: usize) -> Value {
        let k = self.table[i].key;
        self.table[i] = SetEntry {
            hash: -1,
            key: Value::Null,
        };
        self.used -= 1;
        k
    }

    /// Empty the set; like CPython, `pop`'s finger stays where it was.
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::default();
        self.finger = finger;
    }

    /// Take `other`'s contents (CPython's `set_swap_bodies`, which leaves
    /// `pop`'s finger alone).
    pub fn assign(&mut self, other: SetTable) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// `set_table_resize`: rebuild with room for `minused` entries.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![UNUSED; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for e in old.iter().filter(|e| is_active(e)) {
            insert_clean(&mut self.table, mask, e.hash, e.key);
        }
    }

    /// `set_merge` from another table (`update`, copy, union).
    pub fn merge_from<F: FnMut(Value, Value) -> Option<bool>>(
        &mut self,
        other: &SetTable,
        mut eq: F,
    ) -> SetLookup {
        if other.used == 0 {
            return SetLookup::Missing;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        let other_no_dummies = other.fill == other.used;
        if self.fill == 0 && self.mask() == other.mask() && other_no_dummies {
            self.table.clone_from(&other.table);
            self.fill = other.used;
            self.used = other.used;
            return SetLookup::Missing;
        }
        if self.fill == 0 {
            let mask = self.mask();
            self.fill = other.used;
            self.used = other.used;
            for e in other.iter() {
                insert_clean(&mut self.table, mask, e.hash, e.key);
            }
            return SetLookup::Missing;
        }
        for e in other.iter() {
            if self.add(e.hash, e.key, &mut eq) == SetLookup::NeedsPython {
                return SetLookup::NeedsPython;
            }
        }
        SetLookup::Missing
    }

    /// `set_discard_entry`: remove `key` if present (`Found` when it was).
    pub fn discard<F: FnMut(Value, Value) -> Option<bool>>(
        &mut self,
        hash: i64,
        key: Value,
        eq: F,
    ) -> SetLookup {
        let r = self.lookup(hash, key, eq);
        if let SetLookup::Found(i) = r {
            self.remove_at(i);
        }
        r
    }

    /// The end of `set_difference_update_internal`: "If more than 1/4th
    /// are dummies, then resize them away."
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// Whether `pred` holds for every active key whose hash is `hash` (the
    /// keys a lookup of that hash may compare against).
    pub fn all_same_hash(&self, hash: i64, mut pred: impl FnMut(Value) -> bool) -> bool {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let e = &self.table[i + j];
                if e.hash == 0 && e.key.is_null() {
                    return true;
                }
                if e.hash == hash && is_active(e) && !pred(e.key) {
                    return false;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Pop the first active entry (CPython's `set.pop` scans from a finger;
    /// from a fresh table that is the first active slot).
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !is_active(&self.table[i]) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let k = self.remove_at(i);
        self.finger = i + 1;
        Some(k)
    }
}

fn insert_clean(table: &mut [SetEntry], mask: usize, hash: i64, key: Value) {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        if table[i].key.is_null() {
            table[i] = SetEntry { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].key.is_null() {
                    table[i + j] = SetEntry { hash, key };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: Value, b: Value) -> Option<bool> {
        Some(a.is(b))
    }

    fn ints(s: &SetTable) -> Vec<i64> {
        s.keys()
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn small_int_order_matches_cpython() {
        let mut s = SetTable::new();
        for i in [3, 1, 2] {
            s.add(i, Value::Int(i), eq);
        }
        assert_eq!(ints(&s), vec![1, 2, 3]);
        let mut s = SetTable::new();
        for i in [10, 20, 30, 5] {
            s.add(i, Value::Int(i), eq);
        }
        // CPython 3.11 prints {10, 20, 30, 5} as {10, 20, 5, 30}.
        assert_eq!(ints(&s), vec![10, 20, 5, 30]);
    }
}
