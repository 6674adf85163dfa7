//! Character classes with CPython 3.11's answers (generated tables).

use super::unicode_tables as t;
use std::sync::OnceLock;

/// A generated character class: its ranges packed as the generator wrote
/// them (LEB128 gaps and lengths, a quarter of the download of `(u32,
/// u32)` pairs), unpacked into a sorted slice the first time a character
/// outside ASCII is classified.
struct Table {
    packed: &'static [u8],
    ranges: OnceLock<Box<[(u32, u32)]>>,
}

impl Table {
    const fn new(packed: &'static [u8]) -> Table {
        Table {
            packed,
            ranges: OnceLock::new(),
        }
    }

    fn ranges(&self) -> &[(u32, u32)] {
        self.ranges.get_or_init(|| unpack(self.packed))
    }
}

/// The inclusive ranges of a packed table (see `tools/gen_unicode_tables.py`).
fn unpack(packed: &[u8]) -> Box<[(u32, u32)]> {
    fn read(packed: &[u8], at: &mut usize) -> u32 {
        let (mut v, mut shift) = (0u32, 0);
        loop {
            let b = packed[*at];
            *at += 1;
            v |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                return v;
            }
            shift += 7;
        }
    }
    let (mut out, mut at, mut prev) = (Vec::new(), 0, 0);
    while at < packed.len() {
        let start = prev + read(packed, &mut at);
        let end = start + read(packed, &mut at);
        out.push((start, end));
        prev = end;
    }
    out.into_boxed_slice()
}

static ALPHA: Table = Table::new(t::ALPHA);
static PRINTABLE: Table = Table::new(t::PRINTABLE);
static DECIMAL: Table = Table::new(t::DECIMAL);
static DIGIT: Table = Table::new(t::DIGIT);
static NUMERIC: Table = Table::new(t::NUMERIC);
static SPACE: Table = Table::new(t::SPACE);
static UPPER: Table = Table::new(t::UPPER);
static LOWER: Table = Table::new(t::LOWER);

fn in_table(table: &Table, c: char) -> bool {
    let n = c as u32;
    table
        .ranges()
        .binary_search_by(|&(a, b)| {
            if b < n {
                std::cmp::Ordering::Less
            } else if a > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(&ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&DECIMAL, c)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..=' ');
    }
    in_table(&SPACE, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(&UPPER, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(&LOWER, c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(&PRINTABLE, c)
}

/// The value of a decimal digit (any script), as `int()` reads it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !in_table(&DECIMAL, c) {
        return None;
    }
    // Decimal digits come in runs of ten starting at zero.
    let n = c as u32;
    let run = DECIMAL
        .ranges()
        .iter()
        .find(|&&(a, b)| a <= n && n <= b)
        .map(|&(a, _)| a)?;
    Some((n - run) % 10)
}

/// `str.casefold` (full case folding, character by character).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let n = c as u32;
        match t::CASEFOLD.binary_search_by_key(&n, |&(k, _)| k) {
            Ok(i) => out.push_str(t::CASEFOLD[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_tables_unpack_to_sorted_disjoint_ranges() {
        for table in [
            &ALPHA, &PRINTABLE, &DECIMAL, &DIGIT, &NUMERIC, &SPACE, &UPPER, &LOWER,
        ] {
            let r = table.ranges();
            assert!(!r.is_empty());
            assert!(r.iter().all(|&(a, b)| a <= b && b < 0x110000));
            assert!(r.windows(2).all(|w| w[0].1 + 1 < w[1].0));
        }
    }

    #[test]
    fn classes_of_some_characters() {
        assert!(is_alpha('é') && is_alpha('ж') && is_alpha('中') && !is_alpha('1'));
        assert!(is_upper('Ä') && is_lower('ä') && !is_upper('ä'));
        assert!(is_space('\u{3000}') && is_space('\u{a0}') && !is_space('\u{200b}'));
        assert!(is_printable('é') && !is_printable('\u{85}'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1));
        assert!(is_numeric('½') && !is_decimal('½') && is_digit('²'));
        assert!(!is_alpha('\u{10ffff}'));
    }
}
