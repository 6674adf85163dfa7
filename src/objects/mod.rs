//! Data structures and algorithms of builtin types that do not depend on the
//! VM: hash tables, hashing, number formatting and parsing.

pub mod dict;
pub mod float;
pub mod format;
pub mod hash;
pub mod int;
pub mod set;
pub mod timsort;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
