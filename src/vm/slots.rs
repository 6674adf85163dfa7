//! The storage behind the object arena: slots in fixed-size chunks, so the
//! arena grows without ever moving what it holds. (One flat `Vec` doubles by
//! copying: at a million tasklets that copy alone briefly doubled the
//! arena's memory.)

use super::object::Obj;

/// Slots per chunk (a chunk of 32-byte slots is 512 KiB).
const SHIFT: usize = 14;
const CHUNK: usize = 1 << SHIFT;
const MASK: usize = CHUNK - 1;

#[derive(Clone, Default)]
pub struct Slots {
    chunks: Vec<Vec<Option<Obj>>>,
    len: usize,
}

impl Slots {
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Slot `i`, if it exists: one comparison with the length instead of a
    /// bounds check per level (every object access goes through here).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&Option<Obj>> {
        if i >= self.len {
            return None;
        }
        // SAFETY: `push` fills the chunks in order and every chunk but the
        // last holds exactly CHUNK slots, so below `len` chunk `i >> SHIFT`
        // exists and holds slot `i & MASK`.
        unsafe {
            Some(
                self.chunks
                    .get_unchecked(i >> SHIFT)
                    .get_unchecked(i & MASK),
            )
        }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Option<Obj>> {
        if i >= self.len {
            return None;
        }
        // SAFETY: as in `get`.
        unsafe {
            Some(
                self.chunks
                    .get_unchecked_mut(i >> SHIFT)
                    .get_unchecked_mut(i & MASK),
            )
        }
    }

    /// Append a slot; returns its index.
    #[inline]
    pub fn push(&mut self, slot: Option<Obj>) -> usize {
        match self.chunks.last_mut() {
            Some(c) if c.len() < CHUNK => {
                if c.len() == c.capacity() {
                    c.reserve_exact(CHUNK - c.len());
                }
                c.push(slot);
            }
            _ => {
                let mut c = Vec::with_capacity(CHUNK);
                c.push(slot);
                self.chunks.push(c);
            }
        }
        self.len += 1;
        self.len - 1
    }

    /// Grow to `n` slots, the new ones empty.
    pub fn grow_to(&mut self, n: usize) {
        while self.len < n {
            self.push(None);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Option<Obj>> {
        self.chunks.iter().flatten()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Option<Obj>> {
        self.chunks.iter_mut().flatten()
    }
}

impl std::ops::Index<usize> for Slots {
    type Output = Option<Obj>;
    #[inline]
    fn index(&self, i: usize) -> &Option<Obj> {
        &self.chunks[i >> SHIFT][i & MASK]
    }
}

impl std::ops::IndexMut<usize> for Slots {
    #[inline]
    fn index_mut(&mut self, i: usize) -> &mut Option<Obj> {
        &mut self.chunks[i >> SHIFT][i & MASK]
    }
}
