//! The interpreter's fast path for `channel.send`, `channel.receive` and
//! `stackless.schedule()` called from Python code.
//!
//! The generic route of such a call goes through the native call
//! machinery (argument checks, a `Flow::Suspend` the caller performs by
//! recording how the tasklet resumes, and a pass through the scheduler
//! loop that delivers the incoming tasklet's value). For the common case —
//! no callbacks, no watchdog pending on the running tasklet, nothing
//! waiting on the host, a plain channel — this module does the same
//! transfer directly on the value stack: the outgoing tasklet parks with
//! "push the value when resumed" and the incoming one, if it was parked the
//! same way, gets its value pushed at once. Anything else returns
//! `NotTaken` before touching any state, and the generic route runs.

use super::channel::Channel;
use super::queues::Rec;
use super::tasklet::flag;
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::Vm;

/// The ids of the natives the fast path stands in for.
#[derive(Clone, Copy, Debug)]
pub struct SwitchNatives {
    send: u32,
    receive: u32,
    schedule: u32,
}

impl SwitchNatives {
    pub const NONE: SwitchNatives = SwitchNatives {
        send: u32::MAX,
        receive: u32::MAX,
        schedule: u32::MAX,
    };

    /// Look the natives up once the builtins are installed.
    pub fn find(vm: &Vm) -> SwitchNatives {
        let id = |q: &str| vm.native_by_qualname(q).unwrap_or(u32::MAX);
        SwitchNatives {
            send: id("channel.send"),
            receive: id("channel.receive"),
            schedule: id("_stackless.schedule"),
        }
    }

    /// Whether native `id` is one of them (cheap: the interpreter asks on
    /// every native call).
    #[inline]
    pub fn contains(&self, id: u32) -> bool {
        id == self.send || id == self.receive || id == self.schedule
    }
}

/// What the fast path did with a call.
pub enum FastSwitch {
    /// It does not apply here: nothing changed, make the call generically.
    NotTaken,
    /// Done without a switch: the result is on the stack, carry on.
    Done,
    /// Another tasklet now runs (its value already pushed, or its resumption
    /// left to the scheduler loop through `switch_pending`).
    Switched,
}

// Each record is looked up once per fast switch and reached through its
// address (`queues::Rec`) from then on: nothing here allocates or collects.
// Looking the same few records up again at each step cost about twenty
// arena lookups per transfer.
impl Vm {
    /// Try the call of native `id` (one of `SwitchNatives`) whose `argc`
    /// arguments sit on top of the stack, above the callable slots that
    /// begin at `slot`.
    pub fn fast_switch(&mut self, id: u32, slot: usize, argc: usize) -> FastSwitch {
        let me = self.sched.running;
        let mr = self.rec(me);
        // SAFETY (here and below): every `Rec` comes from `rec` during this
        // call, and no record is freed or moved before it returns.
        if !self.fast_switch_allowed() || unsafe { (*mr).has(flag::PENDING_IRQ | flag::BLOCK_TRAP) }
        {
            return FastSwitch::NotTaken;
        }
        let ids = self.switch_natives;
        let args = self.cur.stack.len() - argc;
        if id == ids.schedule {
            if argc != 0 {
                return FastSwitch::NotTaken;
            }
            return unsafe { self.fast_schedule(me, mr, slot) };
        }
        let (dir, want) = if id == ids.send { (1, 2) } else { (-1, 1) };
        if argc != want {
            return FastSwitch::NotTaken;
        }
        let Value::Obj(ch) = self.cur.stack[args] else {
            return FastSwitch::NotTaken;
        };
        let Obj::Channel(c) = self.heap.get_mut(ch) else {
            return FastSwitch::NotTaken;
        };
        if c.schedule_all || c.closing {
            return FastSwitch::NotTaken;
        }
        let c: *mut Channel = c;
        let value = if dir > 0 {
            self.cur.stack[args + 1]
        } else {
            Value::None
        };
        unsafe {
            let partner_waits = if dir > 0 {
                (*c).balance < 0
            } else {
                (*c).balance > 0
            };
            if !partner_waits {
                return self.fast_block(me, mr, c, ch, dir, value, slot);
            }
            let target = Handle((*c).head);
            let tr = self.rec(target);
            // (Both branches below link into the runqueue around `me`.)
            if (*tr).has(flag::TEMPVAL_EXC) || !(*mr).has(flag::SCHEDULED) {
                return FastSwitch::NotTaken;
            }
            self.chan_unlink_rec(c, tr);
            // The receiver gets the value; the sender gets None.
            let received = if dir > 0 {
                (*tr).tempval = value;
                Value::None
            } else {
                std::mem::replace(&mut (*tr).tempval, Value::None)
            };
            self.cur.stack.truncate(slot);
            if (*c).preference == -dir {
                // The partner runs first, right away; `me` right after it.
                self.rq_insert_after_rec(me, mr, target, tr);
                park_for_push(mr, received);
                return self.switch_and_resume(me, mr, target, tr);
            }
            self.rq_insert_rec(target, tr);
            self.cur.stack.push(received);
        }
        FastSwitch::Done
    }

    /// Nothing that needs the generic route is in play (the running
    /// tasklet's own flags are the caller's to check).
    #[inline]
    fn fast_switch_allowed(&self) -> bool {
        let s = &self.sched;
        s.nested == 0
            && s.switch_trap == 0
            && s.channel_cb.is_none()
            && s.schedule_cb.is_none()
            && !s.has_waiters()
            && self.pending_callbacks.is_empty()
    }

    /// `schedule()`: the running tasklet goes to the back of the runqueue.
    unsafe fn fast_schedule(&mut self, me: Handle, mr: Rec, slot: usize) -> FastSwitch {
        if !(*mr).has(flag::SCHEDULED) {
            return FastSwitch::NotTaken;
        }
        self.cur.stack.truncate(slot);
        let next = Handle((*mr).next);
        if next == me {
            self.cur.stack.push(Value::Obj(me));
            return FastSwitch::Done;
        }
        park_for_push(mr, Value::Obj(me));
        let nr = self.rec(next);
        self.switch_and_resume(me, mr, next, nr)
    }

    /// Nobody waits on the other side: block, if another tasklet can run
    /// now (otherwise the generic route decides: deadlock, the main
    /// tasklet, a watchdog...).
    #[allow(clippy::too_many_arguments)]
    unsafe fn fast_block(
        &mut self,
        me: Handle,
        mr: Rec,
        c: *mut Channel,
        ch: Handle,
        dir: i8,
        value: Value,
        slot: usize,
    ) -> FastSwitch {
        let mine = u32::from((*mr).has(flag::SCHEDULED));
        if self.sched.runcount <= mine {
            return FastSwitch::NotTaken;
        }
        self.cur.stack.truncate(slot);
        if mine == 1 {
            // Out of the runqueue (which keeps someone else: runcount > 1).
            self.rq_remove_rec(me, mr);
        }
        self.chan_append_rec(ch, c, me, mr, dir);
        park_for_push(mr, value);
        let next = Handle(self.sched.head);
        let nr = self.rec(next);
        self.switch_and_resume(me, mr, next, nr)
    }

    /// Switch from `me` to `to` (both looked up); if `to` waits to have a
    /// value pushed, push it now. (No schedule callback is set, so none is
    /// queued.)
    unsafe fn switch_and_resume(&mut self, me: Handle, mr: Rec, to: Handle, tr: Rec) -> FastSwitch {
        (*mr).exec.park_from(&mut self.cur);
        (*tr).exec.unpark_into(&mut self.cur);
        self.switched(me, to);
        if (*tr).flags & (flag::DELIVER_PUSH | flag::TEMPVAL_EXC) == flag::DELIVER_PUSH {
            (*tr).flags &= !flag::DELIVER_PUSH;
            let v = std::mem::replace(&mut (*tr).tempval, Value::None);
            self.cur.stack.push(v);
            self.switch_pending = false;
        }
        FastSwitch::Switched
    }
}

/// `me` resumes by pushing its `tempval` (set to `v` now).
unsafe fn park_for_push(mr: Rec, v: Value) {
    (*mr).tempval = v;
    (*mr).set_deliver_push();
}
