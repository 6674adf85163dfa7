//! Float text conversion with CPython's rules: shortest round-trip `repr`,
//! fixed/exponent/general formatting, parsing, and correctly rounded `round`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Shortest digits and decimal exponent: `v = 0.d1d2d3... * 10^(exp+1)`,
/// i.e. `d1.d2d3... * 10^exp`. `v` must be finite and non-zero.
fn shortest(v: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (mant, exp) = s.split_once('e').expect("{:e} always has an exponent");
        let digits: String = mant.chars().filter(|c| *c != '.').collect();
        (digits, exp.parse().expect("exponent is an integer"))
    };
    let a = v.abs();
    let (digits, exp) = split(&format!("{:e}", a));
    // Rust's shortest digits break a tie between two equally near
    // candidates upwards; CPython's dtoa takes the correctly rounded one
    // (half to even). Use that whenever it also reads back as `v`.
    let n = digits.len();
    let exact = format!("{:.*e}", n - 1, a);
    if exact.parse::<f64>() == Ok(a) {
        let (d2, e2) = split(&exact);
        if d2.len() == n {
            return (d2, e2);
        }
    }
    (digits, exp)
}

/// `repr(float)`.
pub fn repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest(v);
    let sign = if v < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let s = place_point(&digits, exp);
        format!("{sign}{s}")
    } else {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// Digits `d1d2...` with exponent `exp` written positionally, always with a
/// fractional part (`1.0`, `0.001`, `120.5`).
fn place_point(digits: &str, exp: i32) -> String {
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() > int_len {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        } else {
            format!("{}{}.0", digits, "0".repeat(int_len - digits.len()))
        }
    }
}

/// A finite double's exact decimal expansion ends within 1074 digits after
/// the point (767 significant): past that every digit is 0. Rust refuses a
/// precision over `u16::MAX`, so longer requests format this many and pad.
const EXACT_DIGITS: usize = 1100;

/// `v` with `prec` digits after the point (any `prec`).
fn fixed_digits(v: f64, prec: usize) -> String {
    let mut s = format!("{:.*}", prec.min(EXACT_DIGITS), v);
    s.extend(std::iter::repeat_n('0', prec.saturating_sub(EXACT_DIGITS)));
    s
}

/// `v` as `d.ddd…e±x` with `prec` digits after the point (any `prec`).
fn exponent_digits(v: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec.min(EXACT_DIGITS), v);
    let pad = prec.saturating_sub(EXACT_DIGITS);
    if pad == 0 {
        return s;
    }
    let (m, e) = s.split_once('e').expect("exponent");
    format!("{m}{}e{e}", "0".repeat(pad))
}

/// `%.{prec}f`.
pub fn fixed(v: f64, prec: usize) -> String {
    if !v.is_finite() {
        return nonfinite(v);
    }
    fixed_digits(v, prec)
}

/// `%.{prec}e`, with CPython's two-digit exponent.
pub fn exponent(v: f64, prec: usize, upper: bool) -> String {
    if !v.is_finite() {
        let s = nonfinite(v);
        return if upper { s.to_uppercase() } else { s };
    }
    let s = exponent_digits(v, prec);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("int");
    let out = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

fn nonfinite(v: f64) -> String {
    if v.is_nan() {
        "nan".into()
    } else if v > 0.0 {
        "inf".into()
    } else {
        "-inf".into()
    }
}

/// `%.{prec}g`. `alt` keeps trailing zeros (`#`); `at_least_one_decimal` is
/// the format-spec "no type" variant that writes `1.0` rather than `1`.
pub fn general(v: f64, prec: usize, upper: bool, alt: bool, at_least_one_decimal: bool) -> String {
    if !v.is_finite() {
        let s = nonfinite(v);
        return if upper { s.to_uppercase() } else { s };
    }
    let p = prec.max(1);
    if v == 0.0 {
        let sign = if v.is_sign_negative() { "-" } else { "" };
        let body = if alt {
            format!("0.{}", "0".repeat(p - 1))
        } else if at_least_one_decimal {
            "0.0".to_string()
        } else {
            "0".to_string()
        };
        let body = if alt && p == 1 {
            "0.".to_string()
        } else {
            body
        };
        return format!("{sign}{body}");
    }
    let e_repr = exponent_digits(v, p - 1);
    let exp: i32 = e_repr.split_once('e').expect("exp").1.parse().expect("int");
    let mut s = if exp >= -4 && (exp as i64) < p as i64 {
        fixed_digits(v, (p as i64 - 1 - exp as i64).max(0) as usize)
    } else {
        exponent(v, p - 1, false)
    };
    if !alt {
        s = strip_zeros(&s);
        if at_least_one_decimal
            && !s.contains('.')
            && !s.contains('e')
            && !s.contains("inf")
            && !s.contains("nan")
        {
            s.push_str(".0");
        }
    } else if !s.contains('.') {
        // `#` always keeps the decimal point.
        match s.find('e') {
            Some(i) => s.insert(i, '.'),
            None => s.push('.'),
        }
    }
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

/// Remove trailing zeros of the fraction (and a bare point), keeping any exponent.
fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    if !m.contains('.') {
        return s.to_string();
    }
    let m = m.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{e}")
}

/// Parse `float(str)` text. Returns None when invalid.
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim();
    let t: String = if t.contains('_') {
        // Underscores only between digits.
        let b = t.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_'
                && (i == 0
                    || i + 1 == b.len()
                    || !b[i - 1].is_ascii_digit()
                    || !b[i + 1].is_ascii_digit())
            {
                return None;
            }
        }
        t.replace('_', "")
    } else {
        t.to_string()
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.starts_with(['+', '-']) {
        return None;
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    body.parse::<f64>().ok().map(|v| sign * v)
}

/// Exact rational value of a finite float as (numerator, denominator).
pub fn as_ratio(v: f64) -> (BigInt, BigInt) {
    let bits = v.to_bits();
    let sign: i64 = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut num = BigInt::from(mant) * BigInt::from(sign);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    (num, den)
}

/// `round(v, ndigits)` correctly rounded (half to even on the exact value).
pub fn round_digits(v: f64, ndigits: i64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    if ndigits > 330 {
        return v;
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, v);
        return s.parse().unwrap_or(v);
    }
    if ndigits < -330 {
        return 0.0 * v.signum();
    }
    let (num, den) = as_ratio(v);
    let scale = BigInt::from(10).pow((-ndigits) as u32);
    // q = round_half_even(num / (den * scale))
    let d = den * &scale;
    let q = round_half_even(&num, &d);
    let r = (q * scale).to_f64().unwrap_or(f64::INFINITY);
    if r == 0.0 {
        0.0 * v.signum()
    } else {
        r
    }
}

/// Round num/den to the nearest integer, ties to even.
pub fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * BigInt::from(2);
    match twice.cmp(&den.abs()) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// `float.__round__()` with no digits: to the nearest int, ties to even.
pub fn round_to_int(v: f64) -> f64 {
    let r = v.round();
    if (v - v.trunc()).abs() == 0.5 {
        2.0 * (v / 2.0).round()
    } else {
        r
    }
}

/// Python's float `%` (result has the sign of the divisor).
pub fn py_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float `//`.
pub fn py_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

pub fn is_integer(v: f64) -> bool {
    v.is_finite() && v.fract() == 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        for (v, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (123456789012345.6, "123456789012345.6"),
            (-2.5, "-2.5"),
            (1e300 * 10.0, "1e+301"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(repr(v), s);
        }
    }

    #[test]
    fn general_format() {
        assert_eq!(general(1234.5678, 6, false, false, false), "1234.57");
        assert_eq!(general(0.00001234, 6, false, false, false), "1.234e-05");
        assert_eq!(general(100.0, 6, false, false, false), "100");
        assert_eq!(general(1e20, 6, false, false, false), "1e+20");
        assert_eq!(general(1.0, 3, false, false, true), "1.0");
    }

    #[test]
    fn rounding() {
        assert_eq!(round_digits(2.675, 2), 2.67);
        assert_eq!(round_digits(12345.6, -2), 12300.0);
        assert_eq!(round_digits(50.0, -2), 0.0);
        assert_eq!(round_digits(150.0, -2), 200.0);
        assert_eq!(round_to_int(2.5), 2.0);
        assert_eq!(round_to_int(3.5), 4.0);
        assert_eq!(py_mod(-7.0, 2.0), 1.0);
        assert_eq!(py_floordiv(-7.0, 2.0), -4.0);
    }
}
