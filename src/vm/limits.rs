//! Resource limits an embedder sets on a runtime running untrusted code:
//! heap bytes, live tasklets, total instructions, recursion depth and the
//! size of one object.
//!
//! Memory and tasklets are checked at the interpreter's safe points (where
//! it may collect garbage): when a count passes its limit the collector runs
//! first, and only what is still live counts. A limit that trips raises in
//! the running tasklet (`MemoryError`, `RuntimeError`) and then leaves some
//! headroom, so `except` and `finally` blocks can run and the host can still
//! take a snapshot; the headroom comes back once usage falls under the
//! limit again. The instruction limit pauses the whole runtime instead
//! (`Outcome::LimitReached`): nothing is unwound, and the host may raise the
//! limit and go on, snapshot, or drop the runtime.

/// Limits on one runtime; `None` means unlimited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of heap: object slots plus what objects own (strings, lists,
    /// dicts, sets, big ints...).
    pub max_memory: Option<usize>,
    /// Instructions executed in all, by every tasklet.
    pub max_instructions: Option<u64>,
    /// Tasklets existing at once (the main tasklet included).
    pub max_tasklets: Option<usize>,
    /// Python frames of one tasklet; `sys.setrecursionlimit` cannot go past it.
    pub max_recursion: Option<usize>,
    /// Bytes of one object's contents (a string, a list's items...).
    pub max_object_bytes: Option<usize>,
}

/// What one object may hold when no limit was set: beyond this an
/// allocation would rather exhaust the machine than fail, so it raises
/// `MemoryError` as CPython's failed `malloc` does. (WebAssembly's whole
/// address space is 4 GiB, shared by every runtime of a page, and an
/// allocation that fails there ends them all: one object may have 256 MiB.)
pub const DEFAULT_MAX_OBJECT_BYTES: usize = if usize::BITS >= 64 {
    // A string's length is kept in 32 bits.
    u32::MAX as usize
} else {
    1 << 28
};

use super::value::Value;
use super::{Flow, PyResult, Vm};

/// Which limit tripped at a safe point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tripped {
    Memory { limit: usize },
    Tasklets { limit: usize },
}

/// Headroom granted after a limit trips: an eighth of it, at least `min`.
pub fn headroom(limit: usize, min: usize) -> usize {
    (limit / 8).max(min)
}

/// Parse a byte count as the command line takes it: digits with an
/// optional K, M or G suffix (powers of 1024), e.g. `64M`.
pub fn parse_bytes(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let shift = match c.to_ascii_uppercase() {
                'K' => 10,
                'M' => 20,
                'G' => 30,
                _ => {
                    return Err(format!(
                        "unknown size suffix '{c}' in '{text}' (use K, M or G)"
                    ))
                }
            };
            (&t[..i], shift)
        }
        _ => (t, 0),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("'{text}' is not a byte count (like 65536 or 64M)"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("'{text}' is too large"))
}

impl Vm {
    /// The exception a tripped limit raises in the running tasklet.
    pub fn limit_exception(&mut self, tripped: Tripped) -> Value {
        let (class, msg) = match tripped {
            Tripped::Memory { limit } => (
                self.t.memory_error,
                format!(
                    "the runtime's memory limit ({}) was exceeded",
                    show_bytes(limit)
                ),
            ),
            Tripped::Tasklets { limit } => (
                self.t.runtime_error,
                format!("the runtime's tasklet limit ({limit}) was exceeded"),
            ),
        };
        let msg = self.new_str(&msg);
        self.new_exception(class, vec![msg])
    }

    /// Refuse, with `MemoryError`, to make an object owning `bytes` when
    /// it would not fit under the limits.
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.can_allocate(bytes) {
            Ok(())
        } else {
            Err(self.memory_error())
        }
    }

    /// `check_alloc` for `count` items of `size` bytes each.
    pub fn check_alloc_items(&mut self, count: usize, size: usize) -> PyResult<()> {
        match count.checked_mul(size) {
            Some(bytes) => self.check_alloc(bytes),
            None => Err(self.memory_error()),
        }
    }

    pub fn memory_error(&mut self) -> Flow {
        Flow::Raise(self.new_exception(self.t.memory_error, vec![]))
    }
}

/// `64 MiB`, `1.5 GiB`, `4096 bytes`.
pub fn show_bytes(n: usize) -> String {
    const UNITS: [(&str, usize); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if n >= size {
            let v = n as f64 / size as f64;
            return if n.is_multiple_of(size) {
                format!("{} {unit}", n / size)
            } else {
                format!("{v:.1} {unit}")
            };
        }
    }
    format!("{n} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_with_suffixes() {
        assert_eq!(parse_bytes("4096"), Ok(4096));
        assert_eq!(parse_bytes("64k"), Ok(64 << 10));
        assert_eq!(parse_bytes("64M"), Ok(64 << 20));
        assert_eq!(parse_bytes("2G"), Ok(2 << 30));
        assert!(parse_bytes("12X").is_err());
        assert!(parse_bytes("M").is_err());
        assert!(parse_bytes("-1").is_err());
        assert!(parse_bytes("99999999999999999999G").is_err());
    }

    #[test]
    fn byte_counts_shown() {
        assert_eq!(show_bytes(64 << 20), "64 MiB");
        assert_eq!(show_bytes(3 << 29), "1.5 GiB");
        assert_eq!(show_bytes(100), "100 bytes");
    }
}
