//! Channel transfers: the rendezvous of a sender and a receiver, who runs
//! next (preference, schedule_all), and blocking when nobody waits on the
//! other side, with Stackless's deadlock rules.

use super::tasklet::flag;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};

/// What travels through a channel: a value, or an exception to raise in
/// the receiver.
#[derive(Clone, Copy)]
pub enum Payload {
    Value(Value),
    Exception(Value),
}

pub const CLOSED_MESSAGE: &str = "Send/receive operation on a closed channel";

impl Vm {
    /// Send (`dir` = 1) or receive (`dir` = -1) on `ch` from the running
    /// tasklet. Returns the received value (or `None` for a send), or
    /// suspends the tasklet.
    pub fn channel_action(&mut self, ch: Handle, dir: i8, payload: Payload) -> PyResult {
        let me = self.sched.running;
        let (balance, preference, schedule_all, closing) = {
            let c = self.channel(ch);
            (c.balance, c.preference, c.schedule_all, c.closing)
        };
        let partner_waits = if dir > 0 { balance < 0 } else { balance > 0 };
        if !partner_waits {
            return self.channel_block(ch, dir, payload, closing);
        }
        if schedule_all || preference == -dir {
            // This transfer switches tasklets: refuse it up front if
            // switching is not allowed here.
            self.check_switch_allowed()?;
        }
        let target = self.chan_pop(ch).expect("balance says a tasklet waits");
        // Exchange: the receiver gets the payload, the sender gets None.
        let received = if dir > 0 {
            match payload {
                Payload::Value(v) => self.tasklet_mut(target).tempval = v,
                Payload::Exception(e) => self.set_pending_exception(target, e),
            }
            Payload::Value(Value::None)
        } else {
            let r = self.tasklet_mut(target);
            let v = std::mem::replace(&mut r.tempval, Value::None);
            let was_exc = r.has(flag::TEMPVAL_EXC);
            r.flags &= !flag::TEMPVAL_EXC;
            if was_exc {
                Payload::Exception(v)
            } else {
                Payload::Value(v)
            }
        };
        if schedule_all {
            self.rq_insert(target);
            let next = Handle(self.tasklet(me).next);
            if next != me {
                return Err(self.suspend_with(me, received, next));
            }
        } else if preference == -dir {
            self.rq_insert_after(me, target);
            return Err(self.suspend_with(me, received, target));
        } else {
            self.rq_insert(target);
        }
        match received {
            Payload::Value(v) => Ok(v),
            Payload::Exception(e) => Err(Flow::Raise(e)),
        }
    }

    /// Suspend `me` (still runnable) so that `next` runs (or, if a soft
    /// watchdog is due, the waiting `run()`); `me` later gets `received`.
    fn suspend_with(&mut self, me: Handle, received: Payload, next: Handle) -> Flow {
        let next = self.soft_interrupt_target().unwrap_or(next);
        match received {
            Payload::Value(v) => self.tasklet_mut(me).tempval = v,
            Payload::Exception(e) => self.set_pending_exception(me, e),
        }
        self.suspend_tasklet(Some(next))
    }

    /// Nobody waits on the other side: block the running tasklet.
    fn channel_block(&mut self, ch: Handle, dir: i8, payload: Payload, closing: bool) -> PyResult {
        let me = self.sched.running;
        if self.tasklet(me).has(flag::BLOCK_TRAP) {
            return Err(self.runtime_error("this tasklet does not like to be blocked."));
        }
        if closing {
            return Err(self.value_error(CLOSED_MESSAGE));
        }
        self.check_switch_allowed()?;
        // On a channel shared with the host, the host may still come.
        if !self.can_block() && !self.sched.host_channels.contains(&ch) {
            return Err(
                self.runtime_error("Deadlock: the last runnable tasklet cannot be blocked.")
            );
        }
        if dir > 0 {
            match payload {
                Payload::Value(v) => self.tasklet_mut(me).tempval = v,
                Payload::Exception(e) => self.set_pending_exception(me, e),
            }
        }
        if self.tasklet(me).has(flag::SCHEDULED) {
            self.rq_remove(me);
        }
        self.chan_append(ch, me, dir);
        let target = match self.soft_interrupt_target() {
            Some(owner) => Some(owner),
            None => match self.choose_next() {
                Some(super::scheduler::Next::Run(t)) => Some(t),
                _ => None,
            },
        };
        Err(self.suspend_tasklet(target))
    }
}
