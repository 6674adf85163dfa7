//! The scheduler: the circular runqueue, switching, blocking and waking,
//! tasklet death, deadlock detection, host waits (timers, input) and the
//! watchdog that preempts a tasklet after an instruction budget.
//!
//! A switch never recurses in Rust. `switch_to` only swaps execution
//! states and raises `Vm::switch_pending`; the interpreter loop then calls
//! `resume_running`, which hands the incoming tasklet its pending value
//! (or exception, or starts its bound call) before executing it.

use super::channel::Channel;
use super::parked::ParkedExec;
use super::tasklet::{flag, Resume, StartCall, Tasklet, NIL};
use crate::vm::frame::Completion;
use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// A timer armed by `time.sleep` in a tasklet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timer {
    pub at: f64,
    pub seq: u64,
    pub tasklet: Handle,
}

impl Eq for Timer {}

impl Ord for Timer {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.at.total_cmp(&other.at).then(self.seq.cmp(&other.seq))
    }
}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The watchdog of a `run(timeout)` call.
#[derive(Debug, Clone, Copy)]
pub struct Interrupt {
    /// The tasklet waiting in that `run()`.
    pub owner: Handle,
    pub interval: u64,
    /// `ticks` value at which the running tasklet is interrupted.
    pub watermark: u64,
    pub soft: bool,
    pub total: bool,
}

/// What the scheduler does when the running tasklet gives up the CPU.
pub enum Next {
    Run(Handle),
    /// Nothing runnable until a timer expires or input arrives.
    WaitHost,
}

#[derive(Clone, Debug)]
pub struct Scheduler {
    /// The tasklet whose frames are in `Vm::cur`.
    pub running: Handle,
    pub main: Handle,
    /// Head of the circular runqueue (`NIL` when empty); normally `running`.
    pub head: u32,
    pub runcount: u32,
    /// Tasklets waiting in `stackless.run()`, innermost last.
    pub watchdogs: Vec<Handle>,
    pub interrupt: Option<Interrupt>,
    /// The tasklet the watchdog interrupted, for `run()` to return.
    pub interrupted: Option<Handle>,
    /// Instructions executed so far (the watchdog's clock). The
    /// interpreter adds a slice's instructions when the slice ends.
    pub ticks: u64,
    /// The watchdog's watermark was set inside the running slice, from a
    /// `ticks` that lacks the slice's instructions so far: the interpreter
    /// moves it on by those when it settles the slice.
    pub watermark_stale: bool,
    pub switch_trap: i64,
    pub schedule_cb: Value,
    pub channel_cb: Value,
    pub timers: BinaryHeap<Reverse<Timer>>,
    timer_seq: u64,
    /// Tasklets waiting for a line of input, in order.
    pub readers: VecDeque<Handle>,
    /// Nested interpreter runs (import, traceback printing): no switching.
    pub nested: u32,
    /// The target a suspending native chose (taken by `perform`).
    pub pending_target: Option<Handle>,
    /// Set while no tasklet is running (all wait for the host).
    pub idle: bool,
    /// While a schedule callback runs: the tasklet `getcurrent()` reports.
    pub callback_current: Option<Handle>,
    /// Incremented per switch, so tests can count switches.
    pub switches: u64,
    /// Tasklets parked in a host call (`hostcall`).
    pub host_calls: Vec<crate::hostcall::HostWait>,
    /// Channels shared with the embedder (`weft_channels`).
    pub host_channels: Vec<Handle>,
    /// The embedder's sends and receives still running, and finished ones.
    pub host_ops: Vec<crate::hostcall::HostOp>,
    pub host_op_results: Vec<(
        u64,
        Result<crate::hostcall::HostValue, crate::hostcall::HostError>,
    )>,
    pub host_op_seq: u64,
}

impl Scheduler {
    pub fn new(main: Handle) -> Scheduler {
        Scheduler {
            running: main,
            main,
            head: main.0,
            runcount: 1,
            watchdogs: Vec::new(),
            interrupt: None,
            interrupted: None,
            ticks: 0,
            watermark_stale: false,
            switch_trap: 0,
            schedule_cb: Value::None,
            channel_cb: Value::None,
            timers: BinaryHeap::new(),
            timer_seq: 0,
            readers: VecDeque::new(),
            nested: 0,
            pending_target: None,
            idle: false,
            callback_current: None,
            switches: 0,
            host_calls: Vec::new(),
            host_channels: Vec::new(),
            host_ops: Vec::new(),
            host_op_results: Vec::new(),
            host_op_seq: 0,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.running));
        f(Value::Obj(self.main));
        if self.head != NIL {
            f(Value::Obj(Handle(self.head)));
        }
        self.watchdogs.iter().for_each(|h| f(Value::Obj(*h)));
        if let Some(i) = self.interrupt {
            f(Value::Obj(i.owner));
        }
        if let Some(h) = self.interrupted {
            f(Value::Obj(h));
        }
        f(self.schedule_cb);
        f(self.channel_cb);
        self.timers.iter().for_each(|t| f(Value::Obj(t.0.tasklet)));
        self.readers.iter().for_each(|h| f(Value::Obj(*h)));
        if let Some(h) = self.pending_target {
            f(Value::Obj(h));
        }
        if let Some(h) = self.callback_current {
            f(Value::Obj(h));
        }
        self.host_calls
            .iter()
            .for_each(|w| f(Value::Obj(w.tasklet)));
        self.host_channels.iter().for_each(|h| f(Value::Obj(*h)));
        self.host_ops.iter().for_each(|o| f(Value::Obj(o.tasklet)));
    }

    /// Whether anything besides the running tasklet can ever run.
    pub fn has_waiters(&self) -> bool {
        !self.timers.is_empty() || !self.readers.is_empty()
    }

    pub fn next_timer_seq(&mut self) -> u64 {
        self.timer_seq += 1;
        self.timer_seq
    }
}

/// Create the main tasklet (running, scheduled, alive).
pub fn new_main_tasklet(vm_heap: &mut crate::vm::heap::Heap) -> Handle {
    let mut t = Tasklet::new();
    t.flags = flag::ALIVE | flag::SCHEDULED | flag::MAIN | flag::STARTED;
    let h = vm_heap.alloc(Obj::Tasklet(Box::new(t)));
    if let Obj::Tasklet(t) = vm_heap.get_mut(h) {
        t.next = h.0;
        t.prev = h.0;
    }
    h
}

/// The tasklet record at `h` (borrowing only the heap, so that a switch
/// can move `Vm::cur` in and out of it).
#[inline]
fn tasklet_in(heap: &mut crate::vm::heap::Heap, h: Handle) -> &mut Tasklet {
    match heap.get_mut(h) {
        Obj::Tasklet(t) => t,
        _ => unreachable!("handle {} is not a tasklet", h.0),
    }
}

impl Vm {
    // ----- record access -----

    #[inline]
    pub fn tasklet(&self, h: Handle) -> &Tasklet {
        match self.heap.get(h) {
            Obj::Tasklet(t) => t,
            _ => unreachable!("handle {} is not a tasklet", h.0),
        }
    }

    #[inline]
    pub fn tasklet_mut(&mut self, h: Handle) -> &mut Tasklet {
        tasklet_in(&mut self.heap, h)
    }

    #[inline]
    pub fn channel(&self, h: Handle) -> &Channel {
        match self.heap.get(h) {
            Obj::Channel(c) => c,
            _ => unreachable!("handle {} is not a channel", h.0),
        }
    }

    #[inline]
    pub fn channel_mut(&mut self, h: Handle) -> &mut Channel {
        match self.heap.get_mut(h) {
            Obj::Channel(c) => c,
            _ => unreachable!("handle {} is not a channel", h.0),
        }
    }

    // ----- switching -----

    /// Make `to` the running tasklet. `to` must be in the runqueue; the
    /// outgoing tasklet's `resume` must already say how it continues.
    pub fn switch_to(&mut self, to: Handle) {
        let from = self.sched.running;
        self.sched.head = to.0;
        if from == to && !self.sched.idle {
            self.switch_pending = true;
            return;
        }
        if !self.sched.idle {
            tasklet_in(&mut self.heap, from)
                .exec
                .park_from(&mut self.cur);
        }
        tasklet_in(&mut self.heap, to)
            .exec
            .unpark_into(&mut self.cur);
        self.switched(from, to);
    }

    /// The rest of a switch from `from` to `to`, once `to`'s execution
    /// state is in `cur` (and `from`'s parked, unless the scheduler was
    /// idle).
    pub fn switched(&mut self, from: Handle, to: Handle) {
        self.sched.head = to.0;
        self.sched.idle = false;
        self.sched.running = to;
        self.sched.switches += 1;
        self.switch_pending = true;
        if let Some(i) = &mut self.sched.interrupt {
            if !i.total {
                i.watermark = self.sched.ticks + i.interval;
                self.sched.watermark_stale = true;
            }
        }
        if !self.sched.schedule_cb.is_none() {
            self.queue_schedule_callback(from, to);
        }
    }

    /// Park the running tasklet's state: nothing runs until the host wakes
    /// a sleeper or a reader.
    pub fn go_idle(&mut self) {
        let from = self.sched.running;
        let state = std::mem::take(&mut self.cur);
        self.tasklet_mut(from).exec = ParkedExec::park(state);
        self.sched.idle = true;
        self.switch_pending = true;
    }

    /// Run the schedule callback `cb(prev, next)` first thing in `to`
    /// (with `getcurrent()` answering `prev` meanwhile, as in Stackless).
    fn queue_schedule_callback(&mut self, from: Handle, to: Handle) {
        let cb = self.sched.schedule_cb;
        self.pending_callbacks
            .push([cb, Value::Obj(from), Value::Obj(to)]);
    }

    /// The incoming tasklet receives what it was waiting for.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    pub fn resume_running(&mut self) {
        let t = self.sched.running;
        let resume = self.tasklet_mut(t).take_resume();
        let callbacks = std::mem::take(&mut self.pending_callbacks);
        let (exc, value) = {
            let r = self.tasklet_mut(t);
            let is_exc = r.has(flag::TEMPVAL_EXC);
            r.flags &= !flag::TEMPVAL_EXC;
            let v = std::mem::replace(&mut r.tempval, Value::None);
            if is_exc {
                (Some(v), Value::None)
            } else {
                (None, v)
            }
        };
        match resume {
            Resume::Continue => {
                let first = !self.tasklet(t).has(flag::STARTED);
                self.tasklet_mut(t).flags |= flag::STARTED;
                match exc {
                    // Killed (or thrown into) before its first instruction:
                    // it dies without running any of its code.
                    Some(e) if first => {
                        self.cur.frames.clear();
                        self.cur.stack.clear();
                        self.tasklet_error = Some(e);
                    }
                    Some(e) => self.raise_value(e, true),
                    None => {}
                }
            }
            Resume::Deliver(c) => match exc {
                Some(e) => self.raise_value(e, true),
                None => {
                    if let Err(f) = self.complete(c, value) {
                        self.handle_flow(f, Completion::Discard);
                    }
                }
            },
            Resume::Start(call) => {
                self.tasklet_mut(t).flags |= flag::STARTED;
                match exc {
                    // Killed (or thrown into) before it began: it dies at once.
                    Some(e) => self.tasklet_error = Some(e),
                    None => {
                        let StartCall { func, args, kwargs } = *call;
                        self.reserve_for_start(func, args.len());
                        if let Err(f) = self.call_value(func, &args, &kwargs, Completion::Exit) {
                            self.handle_flow(f, Completion::Exit);
                        }
                    }
                }
            }
        }
        // Callbacks run before the tasklet's own code (pushed last = runs first).
        for args in callbacks {
            let run_cb = self.prelude_fn("_run_schedule_callback");
            if let Err(f) = self.call_value(run_cb, &args, &[], Completion::Discard) {
                self.handle_flow(f, Completion::Discard);
            }
        }
    }

    /// Build the first frame of a set-up tasklet now, in its own execution
    /// state, when `func` is a plain Python function whose arguments bind:
    /// the tasklet then needs no separate record of the pending call, and
    /// its stacks get exactly the room the function needs. Returns false
    /// (leaving the call to happen when the tasklet first runs, where any
    /// error belongs) otherwise.
    pub fn prepare_first_frame(&mut self, t: Handle, call: &StartCall) -> bool {
        let Value::Obj(fh) = call.func else {
            return false;
        };
        match self.heap.get(fh) {
            Obj::Function(f) if !f.code.code.is_generator() => {}
            _ => return false,
        }
        let saved = std::mem::take(&mut self.cur);
        self.reserve_for_start(call.func, call.args.len());
        let ok = self
            .call_value(call.func, &call.args, &call.kwargs, Completion::Exit)
            .is_ok()
            && self.cur.frames.len() == 1;
        let exec = std::mem::replace(&mut self.cur, saved);
        if ok {
            self.tasklet_mut(t).exec = ParkedExec::park(exec);
        }
        ok
    }

    /// A starting tasklet's stacks get exactly the room its function needs
    /// (instead of `Vec`'s doubling), which keeps blocked tasklets small.
    fn reserve_for_start(&mut self, func: Value, nargs: usize) {
        let mut slots = nargs;
        if let Value::Obj(h) = func {
            if let Obj::Function(f) = self.heap.get(h) {
                let c = &f.code.code;
                slots = slots.max(c.nslots()) + c.stacksize as usize;
            }
        }
        self.cur.frames.reserve_exact(1);
        self.cur.stack.reserve_exact(slots);
    }

    // ----- giving up the CPU -----

    /// Choose who runs after the running tasklet left the runqueue
    /// (blocked, removed or dead). May wake a watchdog or the main tasklet.
    pub fn choose_next(&mut self) -> Option<Next> {
        if self.sched.head != NIL {
            return Some(Next::Run(Handle(self.sched.head)));
        }
        // Sleepers and readers will become runnable: wait for them before
        // waking a `run()` that waits for the runqueue to drain.
        if self.host_waiters() {
            return Some(Next::WaitHost);
        }
        if let Some(&w) = self.sched.watchdogs.last() {
            self.wake_watchdog(w, Value::None);
            return Some(Next::Run(w));
        }
        let main = self.sched.main;
        let m = self.tasklet(main);
        if !m.has(flag::ALIVE) || main == self.sched.running {
            return None;
        }
        if m.channel != NIL {
            let msg = if m.dir < 0 {
                "the main tasklet is receiving without a sender available."
            } else {
                "the main tasklet is sending without a receiver available."
            };
            self.chan_unlink(main);
            let e = self.new_exception_msg(self.t.runtime_error, msg);
            self.set_pending_exception(main, e);
        }
        if !self.tasklet(main).has(flag::SCHEDULED) {
            self.rq_insert(main);
        }
        Some(Next::Run(main))
    }

    /// Whether the running tasklet may block: something else can run now
    /// or later, so blocking cannot hang the program.
    pub fn can_block(&self) -> bool {
        let me = self.sched.running;
        let others_runnable =
            self.sched.runcount > u32::from(self.tasklet(me).has(flag::SCHEDULED));
        if others_runnable || !self.sched.watchdogs.is_empty() || self.host_waiters() {
            return true;
        }
        let main = self.sched.main;
        me != main && self.tasklet(main).has(flag::ALIVE) && self.tasklet(main).channel == NIL
    }

    /// After the running tasklet left the runqueue: switch to whoever runs next.
    pub fn leave_running(&mut self) {
        match self.choose_next() {
            Some(Next::Run(t)) => self.switch_to(t),
            Some(Next::WaitHost) => self.go_idle(),
            None => {}
        }
    }

    /// Deliver an exception to `t` when it next runs.
    pub fn set_pending_exception(&mut self, t: Handle, exc: Value) {
        let r = self.tasklet_mut(t);
        r.tempval = exc;
        r.flags |= flag::TEMPVAL_EXC;
    }

    /// The tasklet waiting in `run()` wakes up; its `run()` returns `result`.
    /// Deeper watchdogs are popped and made runnable too.
    pub fn wake_watchdog(&mut self, w: Handle, result: Value) {
        while let Some(top) = self.sched.watchdogs.pop() {
            let r = self.tasklet_mut(top);
            r.flags &= !flag::WATCHDOG;
            if top == w {
                r.tempval = result;
            }
            if let Some(i) = self.sched.interrupt {
                if i.owner == top {
                    self.sched.interrupt = None;
                }
            }
            if !self.tasklet(top).has(flag::SCHEDULED) {
                self.rq_insert(top);
            }
            if top == w {
                break;
            }
        }
    }

    /// The running (non-main) tasklet's bottom frame returned, or an
    /// exception left it. An exception other than `TaskletExit` moves on
    /// to the main tasklet, as in Stackless.
    pub fn tasklet_finished(&mut self, error: Option<Value>) {
        let t = self.sched.running;
        if self.tasklet(t).has(flag::SCHEDULED) {
            self.rq_remove(t);
        }
        {
            let r = self.tasklet_mut(t);
            r.flags &= !(flag::ALIVE | flag::ATOMIC | flag::PENDING_IRQ);
            r.tempval = Value::None;
        }
        self.cur = Default::default();
        self.tasklet_result = None;
        let error = error.filter(|e| !self.exc_matches(*e, self.t.tasklet_exit));
        if let Some(e) = error {
            let main = self.sched.main;
            self.unwait(main);
            self.set_pending_exception(main, e);
            if !self.tasklet(main).has(flag::SCHEDULED) {
                self.rq_insert(main);
            }
            self.switch_to(main);
            return;
        }
        match self.choose_next() {
            Some(Next::Run(n)) => self.switch_to(n),
            Some(Next::WaitHost) => self.go_idle(),
            None => unreachable!("a finished tasklet always has a successor: main"),
        }
    }

    /// Take `t` out of whatever it waits on: a channel, `run()`, a timer
    /// or input. It keeps its `Deliver` resume.
    pub fn unwait(&mut self, t: Handle) {
        let r = self.tasklet(t);
        if r.channel != NIL {
            self.chan_unlink(t);
        }
        if self.tasklet(t).has(flag::WATCHDOG) {
            if let Some(pos) = self.sched.watchdogs.iter().position(|w| *w == t) {
                self.sched.watchdogs.remove(pos);
            }
            if matches!(self.sched.interrupt, Some(i) if i.owner == t) {
                self.sched.interrupt = None;
            }
        }
        if self.tasklet(t).has(flag::READING) {
            self.sched.readers.retain(|h| *h != t);
        }
        if self.tasklet(t).has(flag::HOST_CALL) {
            // The host's answer, when it comes, finds no one and is dropped.
            self.sched.host_calls.retain(|w| w.tasklet != t);
        }
        // Timers are dropped lazily: a timer whose tasklet no longer
        // sleeps is ignored when it expires.
        self.tasklet_mut(t).flags &=
            !(flag::WATCHDOG | flag::SLEEPING | flag::READING | flag::HOST_CALL);
    }

    // ----- the watchdog -----

    /// How many instructions may run before the watchdog must look.
    #[inline]
    pub fn fuel_slice(&self, budget: u64) -> u64 {
        match self.sched.interrupt {
            Some(i) if self.sched.nested == 0 => {
                budget.min(i.watermark.saturating_sub(self.sched.ticks).max(1))
            }
            _ => budget,
        }
    }

    /// The slice that set the watermark ran `used` instructions, which
    /// `ticks` lacked when the watermark was set: every timeslice starts
    /// where its switch happened.
    #[cold]
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    pub fn watchdog_settled(&mut self, used: u64) {
        self.sched.watermark_stale = false;
        if let Some(i) = &mut self.sched.interrupt {
            i.watermark += used;
        }
    }

    /// The running tasklet used up the watchdog's timeout: interrupt it
    /// (it leaves the runqueue and `run()` returns it), unless it is atomic,
    /// the switch is trapped or the watchdog is soft; then mark the
    /// interrupt pending and look again after another interval.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    pub fn watchdog_expired(&mut self) {
        let Some(i) = self.sched.interrupt else {
            return;
        };
        if self.sched.ticks < i.watermark {
            return;
        }
        let me = self.sched.running;
        let blocked = self.sched.nested > 0
            || self.sched.switch_trap != 0
            || self.tasklet(me).has(flag::ATOMIC)
            || me == i.owner;
        if i.soft || blocked {
            if let Some(i) = &mut self.sched.interrupt {
                i.watermark = self.sched.ticks + i.interval;
            }
            if me != i.owner {
                // Soft: hand over at the next switch. Atomic: as soon as
                // the flag is cleared.
                self.tasklet_mut(me).flags |= flag::PENDING_IRQ;
            }
            return;
        }
        self.tasklet_mut(me).set_resume(Resume::Continue);
        if self.tasklet(me).has(flag::SCHEDULED) {
            self.rq_remove(me);
        }
        self.wake_watchdog(i.owner, Value::Obj(me));
        self.switch_to(i.owner);
    }

    /// A hard interrupt deferred while the running tasklet was atomic:
    /// interrupt it now (it leaves the runqueue; `run()` returns it).
    /// Returns the tasklet to switch to.
    pub fn deferred_interrupt(&mut self) -> Option<Handle> {
        let me = self.sched.running;
        let i = self.sched.interrupt?;
        if i.soft || !self.tasklet(me).has(flag::PENDING_IRQ) || self.sched.nested > 0 {
            return None;
        }
        self.tasklet_mut(me).flags &= !flag::PENDING_IRQ;
        if self.tasklet(me).has(flag::SCHEDULED) {
            self.rq_remove(me);
        }
        self.wake_watchdog(i.owner, Value::Obj(me));
        Some(i.owner)
    }

    /// In soft watchdog mode, a tasklet whose time is up hands over to the
    /// waiting `run()` (which returns None) at its next voluntary switch.
    pub fn soft_interrupt_target(&mut self) -> Option<Handle> {
        let me = self.sched.running;
        if !self.tasklet(me).has(flag::PENDING_IRQ) || !self.sched.interrupt.is_some_and(|i| i.soft)
        {
            return None;
        }
        self.tasklet_mut(me).flags &= !flag::PENDING_IRQ;
        let owner = self.sched.interrupt?.owner;
        self.wake_watchdog(owner, Value::None);
        Some(owner)
    }

    // ----- suspension from natives -----

    /// A native has arranged for the running tasklet to wait and chosen
    /// the next one (or `None` to go idle). `perform` records how the
    /// native call completes, then switches.
    pub fn suspend_tasklet(&mut self, target: Option<Handle>) -> Flow {
        self.sched.pending_target = target;
        Flow::Suspend
    }

    /// `perform(Flow::Suspend, completion)`.
    pub fn perform_suspend(&mut self, completion: Completion) {
        let me = self.sched.running;
        self.tasklet_mut(me).set_resume(Resume::Deliver(completion));
        match self.sched.pending_target.take() {
            Some(t) => self.switch_to(t),
            None => self.go_idle(),
        }
    }

    /// Refuse to switch where the interpreter cannot (nested runs,
    /// `switch_trap`).
    pub fn check_switch_allowed(&mut self) -> PyResult<()> {
        if self.sched.nested > 0 {
            return Err(self.runtime_error(
                "cannot switch tasklets here: the interpreter is running a nested call (an import or a traceback)",
            ));
        }
        if self.sched.switch_trap != 0 {
            return Err(self.runtime_error("switch_trap"));
        }
        Ok(())
    }

    // ----- host waits -----

    /// Whether another tasklet could run while the running one waits for
    /// the host; if not, the host call may simply block.
    fn others_could_run(&self) -> bool {
        let me = self.sched.running;
        let mine = u32::from(self.tasklet(me).has(flag::SCHEDULED));
        self.sched.nested == 0
            && self.sched.switch_trap == 0
            && (self.sched.runcount > mine || self.host_waiters())
    }

    /// Wait out the rest of a suspended host call: choose who runs meanwhile.
    pub(crate) fn suspend_for_host(&mut self) -> Flow {
        let me = self.sched.running;
        if self.tasklet(me).has(flag::SCHEDULED) {
            self.rq_remove(me);
        }
        let target = match self.choose_next() {
            Some(Next::Run(t)) => Some(t),
            _ => None,
        };
        self.suspend_tasklet(target)
    }

    /// `time.sleep(secs)`: only the calling tasklet waits.
    pub fn sleep_running(&mut self, secs: f64) -> PyResult {
        let must_block = self.sched.nested > 0 || self.sched.switch_trap != 0;
        if !self.others_could_run() && (must_block || self.host.can_block()) {
            self.host.sleep(secs);
            return Ok(Value::None);
        }
        let at = self.host.monotonic() + secs;
        let me = self.sched.running;
        let seq = self.sched.next_timer_seq();
        self.sched.timers.push(Reverse(Timer {
            at,
            seq,
            tasklet: me,
        }));
        self.tasklet_mut(me).flags |= flag::SLEEPING;
        Err(self.suspend_for_host())
    }

    /// `input()`: read a line; only the calling tasklet waits for it.
    pub fn read_line_running(&mut self) -> PyResult {
        let line = if self.others_could_run() {
            match self.host.poll_line() {
                Some(line) => line,
                None => {
                    let me = self.sched.running;
                    self.sched.readers.push_back(me);
                    self.tasklet_mut(me).flags |= flag::READING;
                    return Err(self.suspend_for_host());
                }
            }
        } else {
            self.host.read_line()
        };
        match line {
            Some(l) => Ok(self.new_string(l)),
            None => Err(self.err(self.t.eof_error, "EOF when reading a line")),
        }
    }

    /// Move expired timers' tasklets (and readers with input) to the runqueue.
    pub fn poll_host(&mut self) {
        if !self.sched.timers.is_empty() {
            let now = self.host.monotonic();
            while let Some(Reverse(t)) = self.sched.timers.peek().copied() {
                if t.at > now {
                    break;
                }
                self.sched.timers.pop();
                self.wake_sleeper(t.tasklet);
            }
        }
        while let Some(&r) = self.sched.readers.front() {
            match self.host.poll_line() {
                Some(line) => {
                    self.sched.readers.pop_front();
                    self.deliver_line(r, line);
                }
                None => break,
            }
        }
    }

    fn wake_sleeper(&mut self, t: Handle) {
        let r = self.tasklet_mut(t);
        if !r.has(flag::SLEEPING) {
            return;
        }
        r.flags &= !flag::SLEEPING;
        r.tempval = Value::None;
        self.rq_insert(t);
    }

    fn deliver_line(&mut self, t: Handle, line: Option<String>) {
        self.tasklet_mut(t).flags &= !flag::READING;
        match line {
            Some(l) => {
                let v = self.new_string(l);
                self.tasklet_mut(t).tempval = v;
            }
            None => {
                let e = self.new_exception_msg(self.t.eof_error, "EOF when reading a line");
                self.set_pending_exception(t, e);
            }
        }
        self.rq_insert(t);
    }

    /// While idle: wake whatever the host has made ready (without
    /// blocking). Returns whether a tasklet can run now.
    pub fn try_wake(&mut self) -> bool {
        self.poll_host();
        if self.sched.head == NIL {
            return false;
        }
        self.switch_to(Handle(self.sched.head));
        true
    }

    /// Seconds until the earliest timer (`None` when only readers wait).
    pub fn next_timer_in(&mut self) -> Option<f64> {
        let Reverse(t) = self.sched.timers.peek().copied()?;
        let now = self.host.monotonic();
        Some((t.at - now).max(0.0))
    }

    /// Nothing can run: block in the host until a timer expires or a line
    /// arrives, then switch to the woken tasklet.
    pub fn wait_for_host(&mut self) {
        self.host.flush();
        if let Some(Reverse(t)) = self.sched.timers.peek().copied() {
            let now = self.host.monotonic();
            if t.at > now && self.sched.readers.is_empty() {
                self.host.sleep(t.at - now);
            } else if t.at > now {
                self.host.wait_line(Some(t.at - now));
            }
        } else if !self.sched.readers.is_empty() {
            self.host.wait_line(None);
        }
        self.poll_host();
        if self.sched.head != NIL {
            self.switch_to(Handle(self.sched.head));
        }
    }

    /// Channel traffic for `set_channel_callback`.
    pub fn channel_callback_args(
        &mut self,
        ch: Handle,
        sending: bool,
        willblock: bool,
    ) -> Vec<Value> {
        vec![
            Value::Obj(ch),
            Value::Obj(self.sched.running),
            Value::Int(sending as i64),
            Value::Int(willblock as i64),
        ]
    }
}
