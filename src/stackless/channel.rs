//! The channel record: a rendezvous point with a FIFO of blocked tasklets.
//!
//! All waiting tasklets of a channel block in the same direction, so one
//! queue (threaded through the tasklets' own `next`/`prev` links) and a
//! signed `balance` describe it completely: > 0 senders wait, < 0 receivers.

use super::tasklet::NIL;
use crate::vm::value::Handle;
use crate::vm::value::Value;

#[derive(Clone, Debug)]
pub struct Channel {
    /// First and last blocked tasklet (`NIL` when none).
    pub head: u32,
    pub tail: u32,
    pub balance: i32,
    /// -1: a transfer runs the receiver first; 1: the sender; 0: neither.
    pub preference: i8,
    /// `close()` was called: no new blockers once the queue drains.
    pub closing: bool,
    /// Every transfer reschedules both sides (`schedule_all`).
    pub schedule_all: bool,
}

impl Default for Channel {
    fn default() -> Self {
        Channel {
            head: NIL,
            tail: NIL,
            balance: 0,
            preference: -1,
            closing: false,
            schedule_all: false,
        }
    }
}

impl Channel {
    /// Closed: closing and nobody left waiting.
    pub fn closed(&self) -> bool {
        self.closing && self.balance == 0
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for link in [self.head, self.tail] {
            if link != NIL {
                f(Value::Obj(Handle(link)));
            }
        }
    }
}
