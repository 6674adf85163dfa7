//! Integer helpers with Python semantics: floor division and modulo,
//! parsing `int(text, base)`, conversion to float, true division, and
//! decimal text without the formatting machinery.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `a // b` for b != 0; None on overflow (i64::MIN // -1).
#[inline]
/// The decimal text of `i` (what `str(i)` gives), written into `buf`.
pub fn decimal(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    // SAFETY: only ASCII digits and '-' were written from `at` on.
    unsafe { std::str::from_utf8_unchecked(&buf[at..]) }
}

pub fn floordiv(a: i64, b: i64) -> Option<i64> {
    if a == i64::MIN && b == -1 {
        return None;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` for b != 0 (sign of the divisor).
#[inline]
pub fn modulo(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

pub fn big_floordiv(a: &BigInt, b: &BigInt) -> BigInt {
    a.div_floor(b)
}

pub fn big_mod(a: &BigInt, b: &BigInt) -> BigInt {
    a.mod_floor(b)
}

/// Parse the text of `int(text, base)`; `base == 0` means "from the prefix".
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let (neg, base, clean) = int_literal(text, base)?;
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Check `text` as an int literal in `base` without converting it: its
/// sign, its base (base 0 reads the prefix) and its digits, or None.
fn int_literal(text: &str, base: u32) -> Option<(bool, u32, String)> {
    let ascii;
    let text = if text.is_ascii() {
        text
    } else {
        ascii = to_ascii_digits(text);
        &ascii
    };
    let t = text.trim_matches(|c: char| super::unicode::is_space(c));
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = {
        let prefixed = |p: &str| lower.strip_prefix(p).map(|d| d.trim_start_matches('_'));
        match base {
            0 => {
                if let Some(d) = prefixed("0x") {
                    (16, d.to_string())
                } else if let Some(d) = prefixed("0o") {
                    (8, d.to_string())
                } else if let Some(d) = prefixed("0b") {
                    (2, d.to_string())
                } else {
                    // Base 0 forbids leading zeros on non-zero decimals.
                    let s = lower.replace('_', "");
                    if s.len() > 1 && s.starts_with('0') && s.chars().any(|c| c != '0') {
                        return None;
                    }
                    (10, lower.clone())
                }
            }
            16 => (
                16,
                prefixed("0x").map(str::to_string).unwrap_or(lower.clone()),
            ),
            8 => (
                8,
                prefixed("0o").map(str::to_string).unwrap_or(lower.clone()),
            ),
            2 => (
                2,
                prefixed("0b").map(str::to_string).unwrap_or(lower.clone()),
            ),
            b => (b, lower.clone()),
        }
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    Some((neg, base, clean))
}

/// Convert to float, or None when too large (OverflowError).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// `a / b` correctly rounded, for big operands. None on overflow.
pub fn true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
            return Some(x as f64 / y as f64);
        }
    }
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 54+ significant bits, then round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    // q has 55 or 56 bits; fold the remainder into a sticky bit.
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::one()
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64()?;
    let e = -(shift + extra);
    let v = libm_ldexp(qf, e as i32);
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

fn libm_ldexp(x: f64, e: i32) -> f64 {
    let mut v = x;
    let mut e = e;
    while e > 1000 {
        v *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= 2f64.powi(-1000);
        e += 1000;
    }
    v * 2f64.powi(e)
}

/// Integer square root (`math.isqrt`).
pub fn isqrt(n: &BigInt) -> BigInt {
    n.sqrt()
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become
/// `' '` and decimal digits of any script their ASCII digit (what `int()`
/// and `float()` accept).
pub fn to_ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if super::unicode::is_space(c) {
                ' '
            } else if let Some(d) = super::unicode::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_semantics() {
        assert_eq!(floordiv(-7, 2), Some(-4));
        assert_eq!(floordiv(7, -2), Some(-4));
        assert_eq!(modulo(-7, 2), 1);
        assert_eq!(modulo(7, -2), -1);
        assert_eq!(floordiv(i64::MIN, -1), None);
    }

    #[test]
    fn decimal_text() {
        let mut buf = [0; 20];
        for i in [0, 7, -7, 10, 1234567890, -1000, i64::MAX, i64::MIN] {
            assert_eq!(decimal(i, &mut buf), i.to_string());
        }
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_int(" 42 ", 10), Some(BigInt::from(42)));
        assert_eq!(parse_int("0x1f", 0), Some(BigInt::from(31)));
        assert_eq!(parse_int("1_000", 10), Some(BigInt::from(1000)));
        assert_eq!(parse_int("ff", 16), Some(BigInt::from(255)));
        assert_eq!(parse_int("012", 0), None);
        assert_eq!(parse_int("z", 36), Some(BigInt::from(35)));
        assert_eq!(parse_int("", 10), None);
    }

    #[test]
    fn division() {
        let a: BigInt = "100000000000000000000000".parse().unwrap();
        let b = BigInt::from(3);
        assert_eq!(true_div(&a, &b), Some(3.333_333_333_333_333e22));
    }
}
