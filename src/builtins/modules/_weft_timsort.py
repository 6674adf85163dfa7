# The slow path of list.sort (keys whose comparison runs Python code):
# CPython 3.11's timsort, step for step like src/objects/timsort.rs.
# Imported on first use by the prelude's _sort_slow.


class TimSort:
    def __init__(self, keys, a):
        self.keys = keys
        self.a = a
        self.min_gallop = 7
        self.pending = []

    def lt(self, x, y):
        return bool(self.keys[x] < self.keys[y])

    def sort(self):
        a = self.a
        n = len(a)
        minrun = n
        r = 0
        while minrun >= 64:
            r |= minrun & 1
            minrun >>= 1
        minrun += r
        lo = 0
        remaining = n
        while remaining:
            run, desc = self.count_run(lo, lo + remaining)
            if desc:
                a[lo:lo + run] = a[lo:lo + run][::-1]
            if run < minrun:
                force = remaining if remaining <= minrun else minrun
                self.binarysort(lo, lo + force, lo + run)
                run = force
            self.found_new_run(run, n)
            self.pending.append([lo, run, 0])
            lo += run
            remaining -= run
        p = self.pending
        while len(p) > 1:
            i = len(p) - 2
            if i > 0 and p[i - 1][1] < p[i + 1][1]:
                i -= 1
            self.merge_at(i)

    def binarysort(self, lo, hi, start):
        a = self.a
        if lo == start:
            start += 1
        while start < hi:
            pivot = a[start]
            l = lo
            r = start
            while True:
                p = l + ((r - l) >> 1)
                if self.lt(pivot, a[p]):
                    r = p
                else:
                    l = p + 1
                if l >= r:
                    break
            a[l + 1:start + 1] = a[l:start]
            a[l] = pivot
            start += 1

    def count_run(self, lo, hi):
        a = self.a
        i = lo + 1
        if i == hi:
            return 1, False
        n = 2
        if self.lt(a[i], a[i - 1]):
            i += 1
            while i < hi and self.lt(a[i], a[i - 1]):
                i += 1
                n += 1
            return n, True
        i += 1
        while i < hi and not self.lt(a[i], a[i - 1]):
            i += 1
            n += 1
        return n, False

    def gallop_left(self, key, a, base, n, hint):
        lt = self.lt
        lastofs = 0
        ofs = 1
        if lt(a[base + hint], key):
            maxofs = n - hint
            while ofs < maxofs:
                if lt(a[base + hint + ofs], key):
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                else:
                    break
            if ofs > maxofs:
                ofs = maxofs
            lastofs += hint
            ofs += hint
        else:
            maxofs = hint + 1
            while ofs < maxofs:
                if lt(a[base + hint - ofs], key):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            if ofs > maxofs:
                ofs = maxofs
            k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        lastofs += 1
        while lastofs < ofs:
            m = lastofs + ((ofs - lastofs) >> 1)
            if lt(a[base + m], key):
                lastofs = m + 1
            else:
                ofs = m
        return ofs

    def gallop_right(self, key, a, base, n, hint):
        lt = self.lt
        lastofs = 0
        ofs = 1
        if lt(key, a[base + hint]):
            maxofs = hint + 1
            while ofs < maxofs:
                if lt(key, a[base + hint - ofs]):
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                else:
                    break
            if ofs > maxofs:
                ofs = maxofs
            k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        else:
            maxofs = n - hint
            while ofs < maxofs:
                if lt(key, a[base + hint + ofs]):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            if ofs > maxofs:
                ofs = maxofs
            lastofs += hint
            ofs += hint
        lastofs += 1
        while lastofs < ofs:
            m = lastofs + ((ofs - lastofs) >> 1)
            if lt(key, a[base + m]):
                ofs = m
            else:
                lastofs = m + 1
        return ofs

    def merge_lo(self, pa, na, nb):
        a = self.a
        lt = self.lt
        tmp = a[pa:pa + na]
        ia = 0
        ib = pa + na
        dest = pa
        copy_b = False
        try:
            a[dest] = a[ib]
            dest += 1
            ib += 1
            nb -= 1
            if nb == 0:
                return
            if na == 1:
                copy_b = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = 0
                bcount = 0
                while True:
                    if lt(a[ib], tmp[ia]):
                        a[dest] = a[ib]
                        dest += 1
                        ib += 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 0:
                            return
                        if bcount >= min_gallop:
                            break
                    else:
                        a[dest] = tmp[ia]
                        dest += 1
                        ia += 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 1:
                            copy_b = True
                            return
                        if acount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    if min_gallop > 1:
                        min_gallop -= 1
                    self.min_gallop = min_gallop
                    k = self.gallop_right(a[ib], tmp, ia, na, 0)
                    acount = k
                    if k:
                        a[dest:dest + k] = tmp[ia:ia + k]
                        dest += k
                        ia += k
                        na -= k
                        if na == 1:
                            copy_b = True
                            return
                        if na == 0:
                            return
                    a[dest] = a[ib]
                    dest += 1
                    ib += 1
                    nb -= 1
                    if nb == 0:
                        return
                    k = self.gallop_left(tmp[ia], a, ib, nb, 0)
                    bcount = k
                    if k:
                        a[dest:dest + k] = a[ib:ib + k]
                        dest += k
                        ib += k
                        nb -= k
                        if nb == 0:
                            return
                    a[dest] = tmp[ia]
                    dest += 1
                    ia += 1
                    na -= 1
                    if na == 1:
                        copy_b = True
                        return
                    if acount < 7 and bcount < 7:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_b:
                a[dest:dest + nb] = a[ib:ib + nb]
                a[dest + nb] = tmp[ia]
            elif na:
                a[dest:dest + na] = tmp[ia:ia + na]

    def merge_hi(self, pa, na, nb):
        a = self.a
        lt = self.lt
        pb = pa + na
        tmp = a[pb:pb + nb]
        ib = nb - 1
        ia = pa + na - 1
        dest = pb + nb - 1
        basea = pa
        copy_a = False
        try:
            a[dest] = a[ia]
            dest -= 1
            ia -= 1
            na -= 1
            if na == 0:
                return
            if nb == 1:
                copy_a = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = 0
                bcount = 0
                while True:
                    if lt(tmp[ib], a[ia]):
                        a[dest] = a[ia]
                        dest -= 1
                        ia -= 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 0:
                            return
                        if acount >= min_gallop:
                            break
                    else:
                        a[dest] = tmp[ib]
                        dest -= 1
                        ib -= 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 1:
                            copy_a = True
                            return
                        if bcount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    if min_gallop > 1:
                        min_gallop -= 1
                    self.min_gallop = min_gallop
                    k = na - self.gallop_right(tmp[ib], a, basea, na, na - 1)
                    acount = k
                    if k:
                        dest -= k
                        ia -= k
                        a[dest + 1:dest + 1 + k] = a[ia + 1:ia + 1 + k]
                        na -= k
                        if na == 0:
                            return
                    a[dest] = tmp[ib]
                    dest -= 1
                    ib -= 1
                    nb -= 1
                    if nb == 1:
                        copy_a = True
                        return
                    k = nb - self.gallop_left(a[ia], tmp, 0, nb, nb - 1)
                    bcount = k
                    if k:
                        dest -= k
                        ib -= k
                        a[dest + 1:dest + 1 + k] = tmp[ib + 1:ib + 1 + k]
                        nb -= k
                        if nb == 1:
                            copy_a = True
                            return
                        if nb == 0:
                            return
                    a[dest] = a[ia]
                    dest -= 1
                    ia -= 1
                    na -= 1
                    if na == 0:
                        return
                    if acount < 7 and bcount < 7:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_a:
                src = ia + 1 - na
                to = dest + 1 - na
                a[to:to + na] = a[src:src + na]
                a[to - 1] = tmp[ib]
            elif nb:
                to = dest + 1 - nb
                a[to:to + nb] = tmp[:nb]

    def merge_at(self, i):
        a = self.a
        p = self.pending
        pa, na = p[i][0], p[i][1]
        pb, nb = p[i + 1][0], p[i + 1][1]
        p[i][1] = na + nb
        del p[i + 1]
        k = self.gallop_right(a[pb], a, pa, na, 0)
        pa += k
        na -= k
        if na == 0:
            return
        nb = self.gallop_left(a[pa + na - 1], a, pb, nb, nb - 1)
        if nb == 0:
            return
        if na <= nb:
            self.merge_lo(pa, na, nb)
        else:
            self.merge_hi(pa, na, nb)

    def found_new_run(self, n2, n):
        p = self.pending
        if not p:
            return
        s1, n1 = p[-1][0], p[-1][1]
        power = 0
        x = 2 * s1 + n1
        y = x + n1 + n2
        while True:
            power += 1
            if x >= n:
                x -= n
                y -= n
            elif y >= n:
                break
            x <<= 1
            y <<= 1
        while len(p) > 1 and p[-2][2] > power:
            self.merge_at(len(p) - 2)
        p[-1][2] = power
