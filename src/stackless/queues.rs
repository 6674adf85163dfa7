//! The two kinds of tasklet queue, linked through the tasklet records'
//! `next`/`prev`: the circular runqueue (`Scheduler::head`, the running
//! tasklet first) and each channel's queue of blocked tasklets (`head` to
//! `tail`, NIL-terminated, `balance` counting senders minus receivers).
//!
//! Each operation comes twice: by handle, for the scheduler, and by record
//! address (`Rec`), for the switch fast path (`fastpath`), which looks every
//! record up once per switch. The handle forms look their records up and
//! call the address forms, so both routes link the queues the same way. The
//! address forms are always inlined: left as calls by the size-optimised
//! build, they made a channel transfer 14% slower in Node.

use super::channel::Channel;
use super::tasklet::{flag, Tasklet, NIL};
use crate::vm::value::Handle;
use crate::vm::Vm;

/// A tasklet record's address, valid while no record is freed or moved:
/// arena slots never move (the arena grows by whole chunks) and tasklet
/// records are boxed, so an address taken by [`Vm::rec`] stays valid until
/// something collects, which none of these operations does.
pub type Rec = *mut Tasklet;

impl Vm {
    /// Always inline: as a call (the size-optimised build left it one),
    /// the lookups cost 15% more per transfer in Node.
    #[inline(always)]
    pub fn rec(&mut self, h: Handle) -> Rec {
        self.tasklet_mut(h)
    }

    // ----- the runqueue -----

    /// Append `t` at the end of the runqueue (just before the head).
    pub fn rq_insert(&mut self, t: Handle) {
        let tr = self.rec(t);
        // SAFETY: `tr` was just looked up.
        unsafe { self.rq_insert_rec(t, tr) }
    }

    /// [`Vm::rq_insert`] of `t`, whose record is at `tr`.
    ///
    /// # Safety
    /// `tr` is `t`'s address from [`Vm::rec`], and nothing was freed since.
    #[inline(always)]
    pub unsafe fn rq_insert_rec(&mut self, t: Handle, tr: Rec) {
        let head = self.sched.head;
        if head == NIL {
            (*tr).next = t.0;
            (*tr).prev = t.0;
            self.sched.head = t.0;
            self.scheduled(tr);
        } else {
            let (h, hr) = (Handle(head), self.rec(Handle(head)));
            let tail = Handle((*hr).prev);
            let ar = if tail == h { hr } else { self.rec(tail) };
            self.link_rec(tail, ar, t, tr, h, hr);
        }
    }

    /// Insert `t` right after `after`, which is in the runqueue.
    pub fn rq_insert_after(&mut self, after: Handle, t: Handle) {
        let (ar, tr) = (self.rec(after), self.rec(t));
        // SAFETY: both were just looked up.
        unsafe { self.rq_insert_after_rec(after, ar, t, tr) }
    }

    /// [`Vm::rq_insert_after`] with both records' addresses.
    ///
    /// # Safety
    /// As for [`Vm::rq_insert_rec`], for both records.
    #[inline(always)]
    pub unsafe fn rq_insert_after_rec(&mut self, after: Handle, ar: Rec, t: Handle, tr: Rec) {
        let next = Handle((*ar).next);
        // (When `after` is alone in the queue, `next` is `after` itself.)
        let nr = if next == after { ar } else { self.rec(next) };
        self.link_rec(after, ar, t, tr, next, nr);
    }

    /// Link `t` into the runqueue between `a` and `b` (`a.next` is `b`),
    /// every record looked up once by the caller.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    unsafe fn link_rec(&mut self, a: Handle, ar: Rec, t: Handle, tr: Rec, b: Handle, br: Rec) {
        (*ar).next = t.0;
        (*br).prev = t.0;
        (*tr).prev = a.0;
        (*tr).next = b.0;
        self.scheduled(tr);
    }

    #[inline(always)]
    unsafe fn scheduled(&mut self, tr: Rec) {
        (*tr).flags |= flag::SCHEDULED;
        self.sched.runcount += 1;
    }

    /// Take `t` out of the runqueue.
    pub fn rq_remove(&mut self, t: Handle) {
        let tr = self.rec(t);
        // SAFETY: `tr` was just looked up.
        unsafe { self.rq_remove_rec(t, tr) }
    }

    /// [`Vm::rq_remove`] of `t`, whose record is at `tr`.
    ///
    /// # Safety
    /// As for [`Vm::rq_insert_rec`].
    #[inline(always)]
    pub unsafe fn rq_remove_rec(&mut self, t: Handle, tr: Rec) {
        let (next, prev) = ((*tr).next, (*tr).prev);
        if next == t.0 {
            self.sched.head = NIL;
        } else {
            (*self.rec(Handle(prev))).next = next;
            (*self.rec(Handle(next))).prev = prev;
            if self.sched.head == t.0 {
                self.sched.head = next;
            }
        }
        (*tr).next = NIL;
        (*tr).prev = NIL;
        (*tr).flags &= !flag::SCHEDULED;
        self.sched.runcount -= 1;
    }

    // ----- channel queues -----

    /// Append `t` to `ch`'s wait queue, blocked in direction `dir`.
    pub fn chan_append(&mut self, ch: Handle, t: Handle, dir: i8) {
        let c: *mut Channel = self.channel_mut(ch);
        let tr = self.rec(t);
        // SAFETY: both were just looked up.
        unsafe { self.chan_append_rec(ch, c, t, tr, dir) }
    }

    /// [`Vm::chan_append`] with the channel's and the tasklet's addresses.
    ///
    /// # Safety
    /// As for [`Vm::rq_insert_rec`]; `c` is `ch`'s record, looked up as
    /// `tr` was.
    #[inline(always)]
    pub unsafe fn chan_append_rec(
        &mut self,
        ch: Handle,
        c: *mut Channel,
        t: Handle,
        tr: Rec,
        dir: i8,
    ) {
        let tail = (*c).tail;
        (*tr).prev = tail;
        (*tr).next = NIL;
        (*tr).channel = ch.0;
        (*tr).dir = dir;
        if tail == NIL {
            (*c).head = t.0;
        } else {
            (*self.rec(Handle(tail))).next = t.0;
        }
        (*c).tail = t.0;
        (*c).balance += dir as i32;
    }

    /// Remove `t` from the channel it waits on.
    pub fn chan_unlink(&mut self, t: Handle) {
        let tr = self.rec(t);
        // SAFETY: `tr` was just looked up, `c` right after it.
        unsafe {
            let c: *mut Channel = self.channel_mut(Handle((*tr).channel));
            self.chan_unlink_rec(c, tr);
        }
    }

    /// [`Vm::chan_unlink`] of the tasklet at `tr` from the channel at `c`,
    /// the one it waits on.
    ///
    /// # Safety
    /// As for [`Vm::chan_append_rec`].
    #[inline(always)]
    pub unsafe fn chan_unlink_rec(&mut self, c: *mut Channel, tr: Rec) {
        let (next, prev) = ((*tr).next, (*tr).prev);
        if prev == NIL {
            (*c).head = next;
        } else {
            (*self.rec(Handle(prev))).next = next;
        }
        if next == NIL {
            (*c).tail = prev;
        } else {
            (*self.rec(Handle(next))).prev = prev;
        }
        (*c).balance -= (*tr).dir as i32;
        (*tr).next = NIL;
        (*tr).prev = NIL;
        (*tr).channel = NIL;
        (*tr).dir = 0;
    }

    /// Take the first tasklet out of `ch`'s queue.
    pub fn chan_pop(&mut self, ch: Handle) -> Option<Handle> {
        let head = self.channel(ch).head;
        if head == NIL {
            return None;
        }
        let t = Handle(head);
        self.chan_unlink(t);
        Some(t)
    }
}
