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

use super::tasklet::flag;
use crate::bytecode::Op;
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

impl Vm {
    /// Try the call of native `id` (one of `SwitchNatives`) whose `argc`
    /// arguments sit on top of the stack, above the callable slots that
    /// begin at `slot`.
    pub fn fast_switch(&mut self, id: u32, slot: usize, argc: usize) -> FastSwitch {
        if !self.fast_switch_allowed() {
            return FastSwitch::NotTaken;
        }
        let ids = self.switch_natives;
        let args = self.cur.stack.len() - argc;
        if id == ids.schedule {
            if argc != 0 {
                return FastSwitch::NotTaken;
            }
            return self.fast_schedule(slot);
        }
        let (dir, want) = if id == ids.send { (1, 2) } else { (-1, 1) };
        if argc != want {
            return FastSwitch::NotTaken;
        }
        let Value::Obj(ch) = self.cur.stack[args] else {
            return FastSwitch::NotTaken;
        };
        let Obj::Channel(c) = self.heap.get(ch) else {
            return FastSwitch::NotTaken;
        };
        if c.schedule_all || c.closing {
            return FastSwitch::NotTaken;
        }
        let (balance, preference, head) = (c.balance, c.preference, c.head);
        let value = if dir > 0 {
            self.cur.stack[args + 1]
        } else {
            Value::None
        };
        let partner_waits = if dir > 0 { balance < 0 } else { balance > 0 };
        if !partner_waits {
            return self.fast_block(ch, dir, value, slot);
        }
        let target = Handle(head);
        if self.tasklet(target).has(flag::TEMPVAL_EXC) {
            return FastSwitch::NotTaken;
        }
        self.chan_unlink(target);
        // The receiver gets the value; the sender gets None.
        let received = if dir > 0 {
            self.tasklet_mut(target).tempval = value;
            Value::None
        } else {
            std::mem::replace(&mut self.tasklet_mut(target).tempval, Value::None)
        };
        self.cur.stack.truncate(slot);
        if preference == -dir {
            let me = self.sched.running;
            self.rq_insert_after(me, target);
            self.park_for_push(me, received);
            return self.switch_and_resume(target);
        }
        self.rq_insert(target);
        self.cur.stack.push(received);
        FastSwitch::Done
    }

    /// Nothing that needs the generic route is in play.
    #[inline]
    fn fast_switch_allowed(&self) -> bool {
        let s = &self.sched;
        s.nested == 0
            && s.switch_trap == 0
            && s.channel_cb.is_none()
            && s.schedule_cb.is_none()
            && !s.has_waiters()
            && self.pending_callbacks.is_empty()
            && !self
                .tasklet(s.running)
                .has(flag::PENDING_IRQ | flag::BLOCK_TRAP)
    }

    /// `schedule()`: the running tasklet goes to the back of the runqueue.
    fn fast_schedule(&mut self, slot: usize) -> FastSwitch {
        let me = self.sched.running;
        if !self.tasklet(me).has(flag::SCHEDULED) {
            return FastSwitch::NotTaken;
        }
        self.cur.stack.truncate(slot);
        let next = Handle(self.tasklet(me).next);
        if next == me {
            self.cur.stack.push(Value::Obj(me));
            return FastSwitch::Done;
        }
        self.park_for_push(me, Value::Obj(me));
        self.switch_and_resume(next)
    }

    /// Nobody waits on the other side: block, if another tasklet can run
    /// now (otherwise the generic route decides: deadlock, the main
    /// tasklet, a watchdog...).
    fn fast_block(&mut self, ch: Handle, dir: i8, value: Value, slot: usize) -> FastSwitch {
        let me = self.sched.running;
        let mine = u32::from(self.tasklet(me).has(flag::SCHEDULED));
        if self.sched.runcount <= mine {
            return FastSwitch::NotTaken;
        }
        self.cur.stack.truncate(slot);
        if mine == 1 {
            self.rq_remove(me);
        }
        self.chan_append(ch, me, dir);
        self.park_for_push(me, value);
        self.switch_and_resume(Handle(self.sched.head))
    }

    /// `me` resumes by pushing its `tempval` (set to `v` now).
    #[inline]
    fn park_for_push(&mut self, me: Handle, v: Value) {
        let r = self.tasklet_mut(me);
        r.tempval = v;
        r.set_deliver_push();
    }

    /// Switch to `to`; if it waits to have a value pushed, push it now —
    /// or, when its next instruction is a `Pop` (`ch.send(x)` as a
    /// statement), drop the value and step over that `Pop`.
    /// (No schedule callback is set, so none is queued to run first.)
    fn switch_and_resume(&mut self, to: Handle) -> FastSwitch {
        self.switch_to(to);
        let r = self.tasklet_mut(to);
        if r.flags & (flag::DELIVER_PUSH | flag::TEMPVAL_EXC) == flag::DELIVER_PUSH {
            r.flags &= !flag::DELIVER_PUSH;
            let v = std::mem::replace(&mut r.tempval, Value::None);
            match self.cur.frames.last_mut() {
                Some(f) if matches!(f.code.code.ops.get(f.pc as usize), Some(Op::Pop)) => {
                    f.pc += 1;
                }
                _ => self.cur.stack.push(v),
            }
            self.switch_pending = false;
        }
        FastSwitch::Switched
    }
}
