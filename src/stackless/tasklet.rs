//! The tasklet record: a microthread's suspended execution state plus the
//! links that place it in the runqueue or in a channel's wait queue.
//!
//! The running tasklet's frames and value stack live in `Vm::cur`; every
//! other tasklet keeps them in `exec`. Switching swaps the two, so a switch
//! costs a few word copies whatever the depth of the tasklet's call stack.

use super::parked::ParkedExec;
use crate::vm::frame::Completion;
use crate::vm::value::Handle;
use crate::vm::value::Value;

/// "No tasklet" in the intrusive links.
pub const NIL: u32 = u32::MAX;

/// Bits of `Tasklet::flags`.
pub mod flag {
    /// Has frames to run, or a bound call not yet started.
    pub const ALIVE: u16 = 1;
    /// In the runqueue.
    pub const SCHEDULED: u16 = 2;
    /// Not to be preempted by the watchdog.
    pub const ATOMIC: u16 = 4;
    /// Blocking on a channel raises instead.
    pub const BLOCK_TRAP: u16 = 8;
    /// The program's main tasklet.
    pub const MAIN: u16 = 16;
    /// The watchdog fired while this tasklet could not be interrupted.
    pub const PENDING_IRQ: u16 = 32;
    /// `tempval` is an exception to raise when the tasklet resumes.
    pub const TEMPVAL_EXC: u16 = 64;
    /// Waiting for a host timer (`time.sleep`).
    pub const SLEEPING: u16 = 128;
    /// Waiting for a line of input.
    pub const READING: u16 = 256;
    /// Waiting in `stackless.run()` for the runqueue to drain.
    pub const WATCHDOG: u16 = 512;
    /// Has been switched to at least once (its call has begun).
    pub const STARTED: u16 = 1024;
    /// Its resume is `Deliver(Completion::Push)` (kept as a bit, not boxed).
    pub const DELIVER_PUSH: u16 = 2048;
    /// Waiting for the result of a host function (`Host::start_call`).
    pub const HOST_CALL: u16 = 4096;
}

/// What happens when a suspended tasklet is switched back in.
#[derive(Clone, Debug, Default)]
pub enum Resume {
    /// It was preempted (or never left): carry on at its current instruction.
    #[default]
    Continue,
    /// It is suspended in a native call (`receive`, `schedule`, `run`...):
    /// hand `tempval` (or raise it, see `TEMPVAL_EXC`) to this completion.
    Deliver(Completion),
    /// Bound (and, once `ALIVE`, set up) but not begun: call the function.
    Start(Box<StartCall>),
}

/// A bound call waiting for its tasklet's first switch.
#[derive(Clone, Debug)]
pub struct StartCall {
    pub func: Value,
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
}

#[derive(Clone, Debug)]
pub struct Tasklet {
    /// Frames and value stack while suspended (empty while running).
    pub exec: ParkedExec,
    /// Runqueue or channel-queue neighbours (a tasklet is in one at most).
    pub next: u32,
    pub prev: u32,
    /// The channel this tasklet waits on, or `NIL`.
    pub channel: u32,
    pub flags: u16,
    /// While blocked on a channel: 1 sending, -1 receiving.
    pub dir: i8,
    /// How it resumes, when that is not `Continue` or a plain push (see
    /// `DELIVER_PUSH`): boxed, to keep the common record at 80 bytes.
    resume: Option<Box<Resume>>,
    /// The value passed through a channel or returned by a switch.
    pub tempval: Value,
}

impl Default for Tasklet {
    fn default() -> Self {
        Tasklet::new()
    }
}

impl Tasklet {
    pub fn new() -> Tasklet {
        Tasklet {
            exec: ParkedExec::default(),
            next: NIL,
            prev: NIL,
            channel: NIL,
            flags: 0,
            dir: 0,
            resume: None,
            tempval: Value::None,
        }
    }

    #[inline]
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    #[inline]
    pub fn set(&mut self, f: u16, on: bool) {
        if on {
            self.flags |= f;
        } else {
            self.flags &= !f;
        }
    }

    /// Blocked on a channel: its direction; else 0.
    pub fn blocked(&self) -> i8 {
        if self.channel != NIL {
            self.dir
        } else {
            0
        }
    }

    pub fn set_resume(&mut self, r: Resume) {
        self.flags &= !flag::DELIVER_PUSH;
        self.resume = match r {
            Resume::Continue => None,
            Resume::Deliver(Completion::Push) => {
                self.flags |= flag::DELIVER_PUSH;
                None
            }
            other => Some(Box::new(other)),
        };
    }

    /// `set_resume(Resume::Deliver(Completion::Push))`, inline: the
    /// switch fast path's case.
    #[inline]
    pub fn set_deliver_push(&mut self) {
        if self.resume.is_some() {
            self.resume = None;
        }
        self.flags |= flag::DELIVER_PUSH;
    }

    pub fn take_resume(&mut self) -> Resume {
        if self.has(flag::DELIVER_PUSH) {
            self.flags &= !flag::DELIVER_PUSH;
            return Resume::Deliver(Completion::Push);
        }
        self.resume.take().map_or(Resume::Continue, |b| *b)
    }

    /// How the tasklet resumes when it is not `Continue`/`Deliver(Push)`.
    pub fn peek_resume(&self) -> Option<&Resume> {
        self.resume.as_deref()
    }

    /// The bound call, while the tasklet has not started it.
    pub fn start_call(&self) -> Option<&StartCall> {
        match self.resume.as_deref() {
            Some(Resume::Start(s)) => Some(s),
            _ => None,
        }
    }

    pub fn start_call_mut(&mut self) -> Option<&mut StartCall> {
        match self.resume.as_deref_mut() {
            Some(Resume::Start(s)) => Some(s),
            _ => None,
        }
    }

    /// Call `f` on every value this tasklet keeps alive.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.exec.trace(f);
        for link in [self.next, self.prev, self.channel] {
            if link != NIL {
                f(Value::Obj(Handle(link)));
            }
        }
        match self.resume.as_deref() {
            None | Some(Resume::Continue) => {}
            Some(Resume::Deliver(c)) => c.trace(f),
            Some(Resume::Start(s)) => {
                f(s.func);
                s.args.iter().for_each(|v| f(*v));
                s.kwargs.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
            }
        }
        f(self.tempval);
    }
}
