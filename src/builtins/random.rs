//! `_random`: the Mersenne Twister (MT19937) with CPython's seeding, so that
//! `random.seed(n)` reproduces CPython's sequences exactly. The `random`
//! module itself is Python (`modules/random.py`) on top of these natives.

use super::{arg_count, module_fn, new_module};
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

const N: usize = 624;
const M: usize = 397;

#[derive(Clone, Debug)]
pub struct MersenneTwister {
    pub mt: Box<[u32; N]>,
    pub index: usize,
}

impl MersenneTwister {
    pub fn new(seed: u32) -> MersenneTwister {
        let mut m = MersenneTwister {
            mt: Box::new([0; N]),
            index: N + 1,
        };
        m.init_genrand(seed);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mut i = 1usize;
        let mut j = 0usize;
        let klen = key.len().max(1);
        let mut k = N.max(klen);
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(*key.get(j).unwrap_or(&0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x80000000;
        self.index = N;
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for kk in 0..N {
                let y = (self.mt[kk] & 0x80000000) | (self.mt[(kk + 1) % N] & 0x7fffffff);
                let mut v = self.mt[(kk + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908b0df;
                }
                self.mt[kk] = v;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// `seed(n)` for an integer `n`.
    pub fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

fn state(vm: &mut Vm, v: Value) -> PyResult<Handle> {
    match v {
        Value::Obj(h) if matches!(vm.heap.get(h), Obj::Rng(_)) => Ok(h),
        _ => Err(vm.type_error("expected a random state")),
    }
}

fn rng(vm: &mut Vm, h: Handle) -> &mut MersenneTwister {
    match vm.heap.get_mut(h) {
        Obj::Rng(r) => r,
        _ => unreachable!("checked"),
    }
}

fn r_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let t = vm.host.wall_time();
    let mut m = MersenneTwister::new(0);
    let bits = (t * 1e6) as u64;
    m.init_by_array(&[bits as u32, (bits >> 32) as u32]);
    Ok(vm.alloc(Obj::Rng(Box::new(m))))
}

fn r_seed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "seed", args, 2, 2)?;
    let h = state(vm, args[0])?;
    let n = match args[1] {
        Value::None => {
            let t = vm.host.wall_time();
            BigInt::from((t * 1e6) as u64)
        }
        v => match vm.to_bigint(v) {
            Some(b) => b,
            None => match vm.str_of(v) {
                Some(s) => {
                    // CPython hashes str seeds with SHA-512; we use the bytes directly.
                    let mut b = s.as_bytes().to_vec();
                    b.reverse();
                    BigInt::from_bytes_le(Sign::Plus, &b)
                }
                None => {
                    let h = match vm.hash_value(v) {
                        Ok(crate::vm::ops::Hashed::Hash(h)) => h,
                        _ => 0,
                    };
                    BigInt::from(h)
                }
            },
        },
    };
    rng(vm, h).seed_int(&n);
    Ok(Value::None)
}

fn r_random(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = state(vm, args[0])?;
    Ok(Value::Float(rng(vm, h).random()))
}

fn r_getrandbits(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "getrandbits", args, 2, 2)?;
    let h = state(vm, args[0])?;
    let k = super::int_arg(vm, args[1], "k")?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let b = rng(vm, h).getrandbits(k as u64);
    Ok(vm.new_bigint(b))
}

fn r_getstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = state(vm, args[0])?;
    let m = rng(vm, h).clone();
    let mut vals: Vec<Value> = m.mt.iter().map(|x| Value::Int(*x as i64)).collect();
    vals.push(Value::Int(m.index as i64));
    Ok(vm.new_tuple(vals))
}

fn r_setstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = state(vm, args[0])?;
    let items = vm.tuple_items(args[1]);
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut m = MersenneTwister::new(0);
    for (i, v) in items[..N].iter().enumerate() {
        let Value::Int(x) = v else {
            return Err(vm.type_error("state vector items must be integers"));
        };
        m.mt[i] = *x as u32;
    }
    let Value::Int(idx) = items[N] else {
        return Err(vm.type_error("state index must be an integer"));
    };
    if !(0..=N as i64).contains(&idx) {
        return Err(vm.value_error("invalid state"));
    }
    m.index = idx as usize;
    *rng(vm, h) = m;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "_random");
    module_fn(vm, "_random", d, "new", r_new, false);
    module_fn(vm, "_random", d, "seed", r_seed, false);
    module_fn(vm, "_random", d, "random", r_random, false);
    module_fn(vm, "_random", d, "getrandbits", r_getrandbits, false);
    module_fn(vm, "_random", d, "getstate", r_getstate, false);
    module_fn(vm, "_random", d, "setstate", r_setstate, false);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_seed_42() {
        let mut m = MersenneTwister::new(0);
        m.seed_int(&BigInt::from(42));
        // random.seed(42); random.random() in CPython 3.11
        assert_eq!(m.random(), 0.6394267984578837);
    }
}
