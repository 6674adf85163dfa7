//! CPython 3.11's `list.sort` (Objects/listobject.c): natural runs,
//! binary insertion up to `minrun`, galloping merges, and the "powersort"
//! merge policy. Following it step by step makes the sequence of `<`
//! comparisons the same as CPython's, so inconsistent orders (NaN, odd
//! `__lt__`) give the same result. The comparison is supplied by the
//! caller and may fail; the slice is then left partly sorted.

const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct TimSort<T: Copy, E, F: FnMut(&T, &T) -> Result<bool, E>> {
    lt: F,
    _marker: std::marker::PhantomData<fn(T) -> E>,
    min_gallop: usize,
    pending: Vec<Run>,
    n: usize,
}

/// Sort `a` stably by `lt` ("strictly less than").
pub fn sort<T: Copy, E, F: FnMut(&T, &T) -> Result<bool, E>>(a: &mut [T], lt: F) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ts = TimSort {
        lt,
        _marker: std::marker::PhantomData,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ts.count_run(a, lo, lo + remaining)?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ts.binarysort(a, lo, lo + force, lo + run)?;
            run = force;
        }
        ts.found_new_run(a, run)?;
        ts.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    while ts.pending.len() > 1 {
        let mut i = ts.pending.len() - 2;
        if i > 0 && ts.pending[i - 1].len < ts.pending[i + 1].len {
            i -= 1;
        }
        ts.merge_at(a, i)?;
    }
    Ok(())
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The "power" of the run boundary between runs at `s1` (length `n1`) and
/// the next one (length `n2`) in a list of length `n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Copy, E, F: FnMut(&T, &T) -> Result<bool, E>> TimSort<T, E, F> {
    #[inline]
    fn lt(&mut self, x: &T, y: &T) -> Result<bool, E> {
        (self.lt)(x, y)
    }

    /// `[lo, start)` is sorted: insert `start..hi` one by one.
    fn binarysort(&mut self, a: &mut [T], lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(&pivot, &a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            a.copy_within(l..start, l + 1);
            a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Length of the run at `lo`, and whether it is strictly descending.
    fn count_run(&mut self, a: &[T], lo: usize, hi: usize) -> Result<(usize, bool), E> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(&a[i], &a[i - 1])? {
            i += 1;
            while i < hi && self.lt(&a[i], &a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi && !self.lt(&a[i], &a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Leftmost position in sorted `a` where `key` belongs, starting the
    /// search at `hint`.
    fn gallop_left(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(&a[hint as usize], key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(&a[(hint + ofs) as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(&a[(hint - ofs) as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(&a[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// Rightmost position in sorted `a` where `key` belongs.
    fn gallop_right(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(key, &a[hint as usize])? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, &a[(hint - ofs) as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, &a[(hint + ofs) as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, &a[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// Merge the `na` items at `pa` with the `nb` following them; `na <= nb`.
    fn merge_lo(&mut self, a: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> Result<(), E> {
        let tmp: Vec<T> = a[pa..pa + na].to_vec();
        let mut ia = 0;
        let mut ib = pa + na;
        let mut dest = pa;
        let r = (|| -> Result<bool, E> {
            // Ok(true): CopyB; Ok(false): done.
            a[dest] = a[ib];
            dest += 1;
            ib += 1;
            nb -= 1;
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if self.lt(&a[ib], &tmp[ia])? {
                        a[dest] = a[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = a[ib];
                    let k = self.gallop_right(&key, &tmp[ia..ia + na], 0)?;
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = a[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let key = tmp[ia];
                    let k = self.gallop_left(&key, &a[ib..ib + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        a.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            Ok(true) => {
                a.copy_within(ib..ib + nb, dest);
                a[dest + nb] = tmp[ia];
                Ok(())
            }
            Ok(false) => {
                a[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
                Ok(())
            }
            Err(e) => {
                a[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
                Err(e)
            }
        }
    }

    /// Merge the `na` items at `pa` with the `nb` following them; `na >= nb`.
    fn merge_hi(&mut self, a: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> Result<(), E> {
        let pb = pa + na;
        let tmp: Vec<T> = a[pb..pb + nb].to_vec();
        let mut ib: isize = nb as isize - 1;
        let mut ia: isize = (pa + na) as isize - 1;
        let mut dest: isize = (pb + nb) as isize - 1;
        let basea = pa;
        let r = (|| -> Result<bool, E> {
            // Ok(true): CopyA; Ok(false): done.
            a[dest as usize] = a[ia as usize];
            dest -= 1;
            ia -= 1;
            na -= 1;
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if self.lt(&tmp[ib as usize], &a[ia as usize])? {
                        a[dest as usize] = a[ia as usize];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest as usize] = tmp[ib as usize];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = tmp[ib as usize];
                    let k = self.gallop_right(&key, &a[basea..basea + na], na - 1)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        let from = (ia + 1) as usize;
                        a.copy_within(from..from + k, (dest + 1) as usize);
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest as usize] = tmp[ib as usize];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let key = a[ia as usize];
                    let k = self.gallop_left(&key, &tmp[..nb], nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (ib + 1) as usize);
                        a[d..d + k].copy_from_slice(&tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest as usize] = a[ia as usize];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            Ok(true) => {
                // The first element of b belongs at the front of the merge.
                let from = (ia + 1) as usize - na;
                let to = (dest + 1) as usize - na;
                a.copy_within(from..from + na, to);
                a[to - 1] = tmp[ib as usize];
                Ok(())
            }
            Ok(false) | Err(_) => {
                if nb > 0 {
                    let to = (dest + 1) as usize - nb;
                    a[to..to + nb].copy_from_slice(&tmp[..nb]);
                }
                r.map(|_| ())
            }
        }
    }

    fn merge_at(&mut self, a: &mut [T], i: usize) -> Result<(), E> {
        let (pa, na) = (self.pending[i].base, self.pending[i].len);
        let (pb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let key = a[pb];
        let k = self.gallop_right(&key, &a[pa..pa + na], 0)?;
        let (pa, na) = (pa + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let key = a[pa + na - 1];
        let nb = self.gallop_left(&key, &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, pa, na, nb)
        } else {
            self.merge_hi(a, pa, na, nb)
        }
    }

    fn found_new_run(&mut self, a: &mut [T], n2: usize) -> Result<(), E> {
        if let Some(top) = self.pending.last() {
            let power = powerloop(top.base, top.len, n2, self.n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(a, i)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_like_a_stable_sort() {
        let mut seed = 42;
        for n in [0usize, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            for modulus in [3u64, 50, 1_000_000] {
                let mut v: Vec<(u64, usize)> =
                    (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                // Add some presorted stretches.
                if n > 100 {
                    v[10..60].sort();
                    v[70..90].sort_by(|a, b| b.cmp(a));
                }
                let mut expected = v.clone();
                expected.sort_by_key(|p| p.0);
                sort(&mut v, |a: &(u64, usize), b: &(u64, usize)| {
                    Ok::<_, ()>(a.0 < b.0)
                })
                .unwrap();
                assert_eq!(v, expected, "n={n} modulus={modulus}");
            }
        }
    }
}
