//! CPython-compatible hash functions (with `PYTHONHASHSEED=0`), so that
//! sets iterate in the order CPython shows and hashes survive snapshots.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub const MODULUS: u64 = (1u64 << 61) - 1;
const BITS: u32 = 61;
pub const INF: i64 = 314159;

/// `-1` is reserved by CPython as an error marker.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn hash_int(i: i64) -> i64 {
    if i >= 0 {
        if (i as u64) < MODULUS {
            return i;
        }
        return (i as u64 % MODULUS) as i64;
    }
    let m = if i == i64::MIN {
        (1u64 << 63) % MODULUS
    } else {
        (-i) as u64 % MODULUS
    };
    fix(-(m as i64))
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    if b.is_negative() {
        fix(-r)
    } else {
        r
    }
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    fix(h)
}

/// `frexp`: v = m * 2^e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// A float's hash equals the hash of an equal int; used to keep them consistent.
pub fn hash_float_or_int(v: f64) -> i64 {
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        hash_int(v as i64)
    } else {
        hash_float(v)
    }
}

#[inline]
fn rotl(x: u64, b: u32) -> u64 {
    x.rotate_left(b)
}

/// SipHash-1-3 with a zero key, as CPython uses for str and bytes.
pub fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! half_round {
        ($a:expr, $b:expr, $c:expr, $d:expr, $s:expr, $t:expr) => {
            $a = $a.wrapping_add($b);
            $c = $c.wrapping_add($d);
            $b = rotl($b, $s) ^ $a;
            $d = rotl($d, $t) ^ $c;
            $a = rotl($a, 32);
        };
    }
    macro_rules! round {
        () => {
            half_round!(v0, v1, v2, v3, 13, 16);
            half_round!(v2, v1, v0, v3, 17, 21);
        };
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut t = [0u8; 8];
    t[..rest.len()].copy_from_slice(rest);
    let b = ((len as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix(siphash13(data) as i64)
}

/// CPython hashes a str's compact representation: 1, 2 or 4 bytes per code
/// point depending on the widest character.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        return fix(siphash13(s.as_bytes()) as i64);
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    if max < 256 {
        buf.extend(s.chars().map(|c| c as u8));
    } else if max < 65536 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    fix(siphash13(&buf) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The tuple hash (xxHash-based, CPython 3.8+).
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut acc: u64 = XXPRIME_5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// The frozenset hash over the raw table (unused slots hash 0, dummies -1).
pub fn hash_frozenset(
    raw: impl Iterator<Item = i64>,
    mask: usize,
    fill: usize,
    used: usize,
) -> i64 {
    let mut hash: u64 = 0;
    for h in raw {
        hash ^= shuffle_bits(h as u64);
    }
    if (mask + 1 - fill) & 1 != 0 {
        hash ^= shuffle_bits(0);
    }
    if (fill - used) & 1 != 0 {
        hash ^= shuffle_bits(u64::MAX);
    }
    hash ^= (used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_hash_matches_cpython_seed_zero() {
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("hello"), -2096571579003691106);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("日本"), 6243316497235261705);
    }

    #[test]
    fn numeric_hashes() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float_or_int(2.0), 2);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
    }
}
