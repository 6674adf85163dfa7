//! The Python-visible `stackless` API implemented natively: the `tasklet`
//! and `channel` types, their attributes, and the scheduler functions of
//! the `_stackless` module. The rest (the `atomic` context manager,
//! `throw`/`raise_exception` argument handling, `send_sequence`) is Python
//! in `modules/stackless.py` and the prelude.

use super::channel::Channel;
use super::tasklet::{flag, Resume, StartCall, NIL};
use super::transfer::Payload;
use crate::builtins::{arg_count, check_kw, int_arg, kwarg, method, module_fn, new_module};
use crate::vm::object::Obj;
use crate::vm::ops::prelude_call;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};

type Kw<'a> = &'a [(Value, Value)];
type KwArgs = Vec<(Value, Value)>;

// ----- argument helpers -----

fn tasklet_arg(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<Handle> {
    match v {
        Some(Value::Obj(h)) if matches!(vm.heap.get(*h), Obj::Tasklet(_)) => Ok(*h),
        _ => Err(vm.type_error(format!("{what} requires a 'stackless.tasklet' object"))),
    }
}

fn channel_arg(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<Handle> {
    match v {
        Some(Value::Obj(h)) if matches!(vm.heap.get(*h), Obj::Channel(_)) => Ok(*h),
        _ => Err(vm.type_error(format!("{what} requires a 'stackless.channel' object"))),
    }
}

fn opt_value(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_none() && !v.is_null())
}

// ----- tasklet construction -----

/// `tasklet(func=None, args=None, kwargs=None)`: a new tasklet, bound
/// like `bind` does.
fn t_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "tasklet", kw, &["func", "args", "kwargs"])?;
    let t = vm.alloc(Obj::Tasklet(Box::default()));
    let Value::Obj(h) = t else { unreachable!() };
    let func = args.get(1).copied().or_else(|| kwarg(vm, kw, "func"));
    let a = args.get(2).copied().or_else(|| kwarg(vm, kw, "args"));
    let k = args.get(3).copied().or_else(|| kwarg(vm, kw, "kwargs"));
    bind(vm, h, func, a, k)?;
    Ok(t)
}

/// `bind(func, args, kwargs)`: attach a function (None keeps the current
/// one) and, with arguments, set the call up without scheduling it.
fn bind(
    vm: &mut Vm,
    t: Handle,
    func: Option<Value>,
    a: Option<Value>,
    k: Option<Value>,
) -> PyResult<()> {
    let func = opt_value(func);
    if let Some(f) = func {
        if !crate::builtins::functions::is_callable(vm, f) {
            return Err(vm.type_error("tasklet function must be a callable or None"));
        }
    }
    if t == vm.sched.running {
        return Err(vm.runtime_error("can't (re)bind the current tasklet"));
    }
    let r = vm.tasklet(t);
    if r.has(flag::SCHEDULED) || r.channel != NIL {
        return Err(vm.runtime_error("tasklet is scheduled"));
    }
    let (args, kwargs) = (opt_value(a), opt_value(k));
    let func = func.or_else(|| vm.tasklet(t).start_call().map(|c| c.func));
    // Rebinding resets the tasklet: whatever it held is dropped, unrun.
    {
        let r = vm.tasklet_mut(t);
        r.exec = Default::default();
        r.set_resume(Resume::Continue);
        r.flags &= flag::BLOCK_TRAP;
        r.tempval = Value::None;
    }
    let Some(func) = func else {
        return Ok(());
    };
    vm.tasklet_mut(t)
        .set_resume(Resume::Start(Box::new(StartCall {
            func,
            args: Vec::new(),
            kwargs: Vec::new(),
        })));
    if args.is_some() || kwargs.is_some() {
        let (args, kwargs) = call_arguments(vm, args, kwargs)?;
        prepare(vm, t, args, kwargs)?;
    }
    Ok(())
}

/// `t.bind(func=None, args=None, kwargs=None)`.
fn t_bind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "bind", kw, &["func", "args", "kwargs"])?;
    let t = tasklet_arg(vm, args.first(), "bind")?;
    let func = args.get(1).copied().or_else(|| kwarg(vm, kw, "func"));
    let a = args.get(2).copied().or_else(|| kwarg(vm, kw, "args"));
    let k = args.get(3).copied().or_else(|| kwarg(vm, kw, "kwargs"));
    bind(vm, t, func, a, k)?;
    Ok(Value::Obj(t))
}

fn call_arguments(
    vm: &mut Vm,
    a: Option<Value>,
    k: Option<Value>,
) -> PyResult<(Vec<Value>, KwArgs)> {
    let args = match a {
        Some(v) => match vm.collect_native(v)? {
            Some(items) => items,
            None => return Err(vm.type_error("tasklet args must be a tuple")),
        },
        None => Vec::new(),
    };
    let kwargs = match k.and_then(|v| v.handle()) {
        Some(h) => match vm.heap.get(h) {
            Obj::Dict(d) => d.items(),
            _ => return Err(vm.type_error("tasklet kwargs must be a dict")),
        },
        None => Vec::new(),
    };
    Ok((args, kwargs))
}

/// Give the bound function its arguments: the tasklet becomes alive (but
/// not yet scheduled).
fn prepare(vm: &mut Vm, t: Handle, args: Vec<Value>, kwargs: Vec<(Value, Value)>) -> PyResult<()> {
    let r = vm.tasklet_mut(t);
    if r.has(flag::ALIVE) {
        return Err(vm.runtime_error("tasklet is alive"));
    }
    let Resume::Start(mut call) = r.take_resume() else {
        return Err(vm.runtime_error("the tasklet was not bound to a function"));
    };
    call.args = args;
    call.kwargs = kwargs;
    r.flags = (r.flags & flag::BLOCK_TRAP) | flag::ALIVE;
    r.tempval = Value::None;
    if !vm.prepare_first_frame(t, &call) {
        vm.tasklet_mut(t).set_resume(Resume::Start(call));
    }
    Ok(())
}

/// A new tasklet calling `func(*args)`, in the runqueue (for the embedder's
/// helpers; Python creates tasklets with `stackless.tasklet`).
pub fn spawn(vm: &mut Vm, func: Value, args: Vec<Value>) -> PyResult<Handle> {
    let t = vm.alloc(Obj::Tasklet(Box::default()));
    let Value::Obj(h) = t else { unreachable!() };
    bind(vm, h, Some(func), None, None)?;
    setup(vm, h, args, Vec::new())?;
    Ok(h)
}

/// `t.setup(*args, **kwargs)` / `t(*args, **kwargs)`: set the call up and
/// append the tasklet to the runqueue.
fn setup(vm: &mut Vm, t: Handle, args: Vec<Value>, kwargs: Vec<(Value, Value)>) -> PyResult<()> {
    prepare(vm, t, args, kwargs)?;
    vm.rq_insert(t);
    Ok(())
}

fn t_setup(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let t = tasklet_arg(vm, args.first(), "setup")?;
    setup(vm, t, args[1..].to_vec(), kw.to_vec())?;
    Ok(Value::Obj(t))
}

// ----- tasklet scheduling methods -----

fn check_runnable(vm: &mut Vm, t: Handle) -> PyResult<()> {
    let r = vm.tasklet(t);
    if !r.has(flag::ALIVE) {
        return Err(vm.runtime_error("You cannot run an unbound(dead) tasklet"));
    }
    if r.channel != NIL {
        return Err(vm.runtime_error("You cannot run a blocked tasklet"));
    }
    Ok(())
}

/// `t.insert()`: append to the runqueue.
fn t_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let t = tasklet_arg(vm, args.first(), "insert")?;
    check_runnable(vm, t)?;
    if !vm.tasklet(t).has(flag::SCHEDULED) {
        vm.unwait(t);
        vm.rq_insert(t);
    }
    Ok(Value::Obj(t))
}

/// `t.remove()`: take out of the runqueue.
fn t_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let t = tasklet_arg(vm, args.first(), "remove")?;
    if vm.tasklet(t).channel != NIL {
        return Err(vm.runtime_error("You cannot remove a blocked tasklet."));
    }
    if t == vm.sched.running {
        return Err(vm.runtime_error("The current tasklet cannot be removed."));
    }
    if vm.tasklet(t).has(flag::SCHEDULED) {
        vm.rq_remove(t);
    }
    Ok(Value::Obj(t))
}

/// `t.run()` (`remove` false) and `t.switch()` (`remove` true): run `t`
/// now; the caller stays runnable (run) or is paused (switch).
fn run_now(vm: &mut Vm, t: Handle, remove: bool) -> PyResult {
    check_runnable(vm, t)?;
    let me = vm.sched.running;
    if t == me {
        return Ok(Value::None);
    }
    vm.check_switch_allowed()?;
    if !vm.tasklet(t).has(flag::SCHEDULED) {
        // Inserted just before the caller: after one slice of `t`, the
        // caller runs again.
        vm.unwait(t);
        vm.rq_insert(t);
    }
    if remove && vm.tasklet(me).has(flag::SCHEDULED) {
        vm.rq_remove(me);
    }
    vm.tasklet_mut(me).tempval = Value::None;
    Err(vm.suspend_tasklet(Some(t)))
}

fn t_run(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let t = tasklet_arg(vm, args.first(), "run")?;
    run_now(vm, t, false)
}

fn t_switch(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let t = tasklet_arg(vm, args.first(), "switch")?;
    run_now(vm, t, true)
}

/// `_throw(t, exc_instance, pending)`: raise `exc` inside `t`; unless
/// pending, switch to `t` at once. (`throw`, `raise_exception` and `kill`
/// normalise their arguments in Python and end here.)
fn t_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "_throw", args, 3, 3)?;
    let t = tasklet_arg(vm, args.first(), "throw")?;
    let exc = args[1];
    let pending = vm.truth_native(args[2]).unwrap_or(false);
    let me = vm.sched.running;
    if t == me {
        return Err(Flow::Raise(exc));
    }
    let r = vm.tasklet(t);
    if !r.has(flag::ALIVE) {
        if vm.exc_matches(exc, vm.t.tasklet_exit) {
            return Ok(Value::None);
        }
        return Err(vm.runtime_error("You cannot throw to a dead tasklet"));
    }
    vm.unwait(t);
    vm.set_pending_exception(t, exc);
    if !vm.tasklet(t).has(flag::SCHEDULED) {
        vm.rq_insert(t);
    }
    if pending {
        return Ok(Value::None);
    }
    vm.check_switch_allowed()?;
    vm.tasklet_mut(me).tempval = Value::None;
    Err(vm.suspend_tasklet(Some(t)))
}

/// `t.set_atomic(flag)` -> old flag.
fn t_set_atomic(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "set_atomic", args, 2, 2)?;
    let t = tasklet_arg(vm, args.first(), "set_atomic")?;
    let on = vm.truth_native(args[1]).unwrap_or(true);
    let r = vm.tasklet_mut(t);
    let old = Value::Bool(r.has(flag::ATOMIC));
    r.set(flag::ATOMIC, on);
    if !on && t == vm.sched.running {
        // An interrupt deferred while atomic fires now.
        if let Some(owner) = vm.deferred_interrupt() {
            vm.tasklet_mut(t).tempval = old;
            return Err(vm.suspend_tasklet(Some(owner)));
        }
    }
    Ok(old)
}

/// `t.set_ignore_nesting(flag)` -> old flag (nesting never blocks
/// interrupts here: no C frames exist).
fn t_set_ignore_nesting(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "set_ignore_nesting", args, 2, 2)?;
    tasklet_arg(vm, args.first(), "set_ignore_nesting")?;
    Ok(Value::Bool(false))
}

fn t_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    t_setup(vm, args, kw)
}

/// Read a tasklet attribute (`None` if not one of ours).
pub fn tasklet_attr(vm: &mut Vm, t: Handle, name: &str) -> Option<Value> {
    let running = vm.sched.running;
    let r = vm.tasklet(t);
    let alive = r.has(flag::ALIVE);
    let link = |l: u32| {
        if l == NIL {
            Value::None
        } else {
            Value::Obj(Handle(l))
        }
    };
    Some(match name {
        "alive" => Value::Bool(alive),
        "blocked" => Value::Bool(r.channel != NIL),
        "scheduled" => Value::Bool(r.has(flag::SCHEDULED) || r.channel != NIL),
        "paused" => Value::Bool(alive && !r.has(flag::SCHEDULED) && r.channel == NIL),
        "is_main" => Value::Bool(r.has(flag::MAIN)),
        "is_current" => Value::Bool(t == running),
        "atomic" => Value::Bool(r.has(flag::ATOMIC)),
        "block_trap" => Value::Bool(r.has(flag::BLOCK_TRAP)),
        "ignore_nesting" => Value::Bool(false),
        "restorable" => Value::Bool(!r.has(flag::MAIN) || !alive),
        "next" => link(r.next),
        "prev" => link(r.prev),
        "tempval" => match r.start_call() {
            Some(c) if !alive => c.func,
            _ => r.tempval,
        },
        "recursion_depth" => Value::Int(if t == running {
            vm.cur.frames.len() as i64
        } else {
            r.exec.frames().len() as i64
        }),
        "nesting_level" => Value::Int(0),
        "thread_id" => Value::Int(1),
        "frame" => Value::None,
        _ => return None,
    })
}

/// Assign a tasklet attribute; `false` if it is not assignable.
pub fn set_tasklet_attr(vm: &mut Vm, t: Handle, name: &str, v: Value) -> PyResult<bool> {
    match name {
        "tempval" => vm.tasklet_mut(t).tempval = v,
        "block_trap" => {
            let on = vm.truth_native(v).unwrap_or(true);
            vm.tasklet_mut(t).set(flag::BLOCK_TRAP, on);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

// ----- channels -----

fn c_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "channel", kw, &[])?;
    arg_count(vm, "channel", args, 1, 1)?;
    Ok(vm.alloc(Obj::Channel(Channel::default())))
}

/// The channel callback, if any, runs first (in Python), then the raw op.
fn with_channel_callback(
    vm: &mut Vm,
    ch: Handle,
    sending: bool,
    raw: &str,
    arg: Value,
) -> Option<Flow> {
    let cb = vm.sched.channel_cb;
    if cb.is_none() {
        return None;
    }
    let c = vm.channel(ch);
    let willblock = if sending {
        c.balance >= 0
    } else {
        c.balance <= 0
    };
    let op = vm.prelude_fn(raw);
    let mut args = vm.channel_callback_args(ch, sending, willblock);
    args.insert(0, cb);
    args.push(op);
    args.push(arg);
    Some(prelude_call(vm, "_channel_callback_then", args))
}

fn c_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "send", args, 2, 2)?;
    let ch = channel_arg(vm, args.first(), "send")?;
    if let Some(f) = with_channel_callback(vm, ch, true, "_channel_send_raw", args[1]) {
        return Err(f);
    }
    vm.channel_action(ch, 1, Payload::Value(args[1]))
}

fn c_send_raw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "send")?;
    vm.channel_action(ch, 1, Payload::Value(args[1]))
}

fn c_receive(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "receive", args, 1, 1)?;
    let ch = channel_arg(vm, args.first(), "receive")?;
    if let Some(f) = with_channel_callback(vm, ch, false, "_channel_receive_raw", Value::None) {
        return Err(f);
    }
    vm.channel_action(ch, -1, Payload::Value(Value::None))
}

fn c_receive_raw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "receive")?;
    vm.channel_action(ch, -1, Payload::Value(Value::None))
}

/// `_send_exception_instance(ch, exc)`: send an exception to raise in the receiver.
fn c_send_exc(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "send_throw", args, 2, 2)?;
    let ch = channel_arg(vm, args.first(), "send_throw")?;
    if let Some(f) = with_channel_callback(vm, ch, true, "_channel_send_exc_raw", args[1]) {
        return Err(f);
    }
    vm.channel_action(ch, 1, Payload::Exception(args[1]))
}

fn c_send_exc_raw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "send_throw")?;
    vm.channel_action(ch, 1, Payload::Exception(args[1]))
}

/// `next(channel)`: receive; a closed channel ends the iteration.
fn c_next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "__next__")?;
    let c = vm.channel(ch);
    if c.closing && c.balance <= 0 {
        return Err(Flow::Raise(vm.new_exception(vm.t.stop_iteration, vec![])));
    }
    c_receive(vm, args, kw)
}

fn c_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    channel_arg(vm, args.first(), "__iter__")?;
    Ok(args[0])
}

fn c_open(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "open")?;
    vm.channel_mut(ch).closing = false;
    Ok(Value::None)
}

fn c_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ch = channel_arg(vm, args.first(), "close")?;
    vm.channel_mut(ch).closing = true;
    Ok(Value::None)
}

/// Read a channel attribute (`None` if not one of ours).
pub fn channel_attr(vm: &mut Vm, ch: Handle, name: &str) -> Option<Value> {
    let c = vm.channel(ch);
    Some(match name {
        "balance" => Value::Int(c.balance as i64),
        "preference" => Value::Int(c.preference as i64),
        "schedule_all" => Value::Int(c.schedule_all as i64),
        "closing" => Value::Bool(c.closing),
        "closed" => Value::Bool(c.closed()),
        "queue" => {
            if c.head == NIL {
                Value::None
            } else {
                Value::Obj(Handle(c.head))
            }
        }
        _ => return None,
    })
}

/// Assign a channel attribute; `false` if it is not assignable.
pub fn set_channel_attr(vm: &mut Vm, ch: Handle, name: &str, v: Value) -> PyResult<bool> {
    match name {
        "preference" => {
            let p = int_arg(vm, v, "preference")?;
            vm.channel_mut(ch).preference = p.clamp(-1, 1) as i8;
        }
        "schedule_all" => {
            let on = vm.truth_native(v).unwrap_or(true);
            vm.channel_mut(ch).schedule_all = on;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

// ----- module functions -----

fn getcurrent(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::Obj(
        vm.sched.callback_current.unwrap_or(vm.sched.running),
    ))
}

/// `_schedule_callback_scope(prev_or_None)`: entering (a tasklet) or
/// leaving (None) a schedule callback. Switching is trapped meanwhile.
fn schedule_callback_scope(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    match args.first() {
        Some(Value::Obj(h)) => {
            vm.sched.callback_current = Some(*h);
            vm.sched.switch_trap += 1;
        }
        _ => {
            vm.sched.callback_current = None;
            vm.sched.switch_trap -= 1;
        }
    }
    Ok(Value::None)
}

fn getmain(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::Obj(vm.sched.main))
}

fn getruncount(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::Int(vm.sched.runcount as i64))
}

/// `schedule(retval=current)` and `schedule_remove(retval=current)`.
fn schedule_impl(vm: &mut Vm, args: &[Value], kw: Kw, remove: bool) -> PyResult {
    let name = if remove {
        "schedule_remove"
    } else {
        "schedule"
    };
    check_kw(vm, name, kw, &["retval"])?;
    arg_count(vm, name, args, 0, 1)?;
    let me = vm.sched.running;
    let retval = args
        .first()
        .copied()
        .or_else(|| kwarg(vm, kw, "retval"))
        .unwrap_or(Value::Obj(me));
    if let Some(owner) = vm.soft_interrupt_target() {
        if remove && vm.tasklet(me).has(flag::SCHEDULED) {
            vm.rq_remove(me);
        }
        vm.tasklet_mut(me).tempval = retval;
        return Err(vm.suspend_tasklet(Some(owner)));
    }
    vm.poll_host();
    if !remove {
        if !vm.tasklet(me).has(flag::SCHEDULED) {
            vm.rq_insert(me);
        }
        let next = Handle(vm.tasklet(me).next);
        if next == me {
            return Ok(retval);
        }
        vm.check_switch_allowed()?;
        vm.tasklet_mut(me).tempval = retval;
        return Err(vm.suspend_tasklet(Some(next)));
    }
    vm.check_switch_allowed()?;
    if !vm.can_block() {
        return Err(vm.runtime_error("Deadlock: the last runnable tasklet cannot be blocked."));
    }
    if vm.tasklet(me).has(flag::SCHEDULED) {
        vm.rq_remove(me);
    }
    match vm.choose_next() {
        Some(super::scheduler::Next::Run(t)) if t == me => {
            vm.tasklet_mut(me).tempval = Value::None;
            Ok(retval)
        }
        Some(super::scheduler::Next::Run(t)) => {
            vm.tasklet_mut(me).tempval = retval;
            Err(vm.suspend_tasklet(Some(t)))
        }
        Some(super::scheduler::Next::WaitHost) => {
            vm.tasklet_mut(me).tempval = retval;
            Err(vm.suspend_tasklet(None))
        }
        None => unreachable!("can_block() promised a successor"),
    }
}

fn schedule(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    schedule_impl(vm, args, kw, false)
}

fn schedule_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    schedule_impl(vm, args, kw, true)
}

/// `run(timeout=0, threadblock=False, soft=False, ignore_nesting=False,
/// totaltimeout=False)`: run the other tasklets until none is runnable, or
/// (with a timeout) until one has run `timeout` instructions: that one is
/// taken out of the runqueue and returned.
fn run(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(
        vm,
        "run",
        kw,
        &[
            "timeout",
            "threadblock",
            "soft",
            "ignore_nesting",
            "totaltimeout",
        ],
    )?;
    arg_count(vm, "run", args, 0, 5)?;
    let get =
        |vm: &mut Vm, i: usize, name: &str| args.get(i).copied().or_else(|| kwarg(vm, kw, name));
    let timeout = match get(vm, 0, "timeout") {
        Some(v) => int_arg(vm, v, "timeout")?,
        None => 0,
    };
    let flag_of = |vm: &mut Vm, v: Option<Value>| {
        v.map(|v| vm.truth_native(v).unwrap_or(true))
            .unwrap_or(false)
    };
    let soft_v = get(vm, 2, "soft");
    let soft = flag_of(vm, soft_v);
    let total_v = get(vm, 4, "totaltimeout");
    let total = flag_of(vm, total_v);
    vm.check_switch_allowed()?;
    let me = vm.sched.running;
    vm.sched.watchdogs.push(me);
    vm.tasklet_mut(me).flags |= flag::WATCHDOG;
    if timeout > 0 && vm.sched.interrupt.is_none() {
        vm.sched.interrupt = Some(super::scheduler::Interrupt {
            owner: me,
            interval: timeout as u64,
            watermark: vm.sched.ticks + timeout as u64,
            soft,
            total,
        });
        vm.sched.watermark_stale = true;
    }
    if vm.tasklet(me).has(flag::SCHEDULED) {
        vm.rq_remove(me);
    }
    vm.poll_host();
    match vm.choose_next() {
        Some(super::scheduler::Next::Run(t)) if t == me => {
            let r = vm.tasklet_mut(me);
            Ok(std::mem::replace(&mut r.tempval, Value::None))
        }
        Some(super::scheduler::Next::Run(t)) => Err(vm.suspend_tasklet(Some(t))),
        Some(super::scheduler::Next::WaitHost) => Err(vm.suspend_tasklet(None)),
        None => unreachable!("run() always has its own watchdog to return to"),
    }
}

/// `switch_trap(change)` -> old level.
fn switch_trap(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arg_count(vm, "switch_trap", args, 0, 1)?;
    let change = match args.first() {
        Some(v) => int_arg(vm, *v, "change")?,
        None => 0,
    };
    let old = vm.sched.switch_trap;
    vm.sched.switch_trap += change;
    Ok(Value::Int(old))
}

fn callback_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    arg_count(vm, name, args, 1, 1)?;
    let cb = args[0];
    if !cb.is_none() && !crate::builtins::functions::is_callable(vm, cb) {
        return Err(vm.type_error("callback must be callable or None"));
    }
    Ok(cb)
}

fn set_schedule_callback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let cb = callback_arg(vm, args, "set_schedule_callback")?;
    Ok(std::mem::replace(&mut vm.sched.schedule_cb, cb))
}

fn get_schedule_callback(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(vm.sched.schedule_cb)
}

fn set_channel_callback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let cb = callback_arg(vm, args, "set_channel_callback")?;
    Ok(std::mem::replace(&mut vm.sched.channel_cb, cb))
}

fn get_channel_callback(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(vm.sched.channel_cb)
}

fn enable_softswitch(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::Bool(true))
}

/// Install the `tasklet` and `channel` types and the `_stackless` module.
pub fn install(vm: &mut Vm) {
    let t = vm.t.tasklet;
    method(vm, t, "__new__", t_new, true);
    method(vm, t, "__call__", t_call, true);
    method(vm, t, "bind", t_bind, true);
    method(vm, t, "setup", t_setup, true);
    method(vm, t, "insert", t_insert, false);
    method(vm, t, "remove", t_remove, false);
    method(vm, t, "run", t_run, false);
    method(vm, t, "switch", t_switch, false);
    method(vm, t, "set_atomic", t_set_atomic, false);
    method(vm, t, "set_ignore_nesting", t_set_ignore_nesting, false);
    let c = vm.t.channel;
    method(vm, c, "__new__", c_new, true);
    method(vm, c, "send", c_send, false);
    method(vm, c, "receive", c_receive, false);
    method(vm, c, "__iter__", c_iter, false);
    method(vm, c, "__next__", c_next, false);
    method(vm, c, "open", c_open, false);
    method(vm, c, "close", c_close, false);
    crate::builtins::private_fn(vm, "_channel_send_raw", c_send_raw);
    crate::builtins::private_fn(vm, "_channel_receive_raw", c_receive_raw);
    crate::builtins::private_fn(vm, "_channel_send_exc_raw", c_send_exc_raw);
    crate::builtins::private_fn(vm, "_tasklet_throw_raw", t_throw);
    crate::builtins::private_fn(vm, "_schedule_callback_scope", schedule_callback_scope);
    crate::builtins::private_fn(vm, "_channel_send_exc", c_send_exc);

    let (_, d) = new_module(vm, "_stackless");
    let m = "_stackless";
    module_fn(vm, m, d, "getcurrent", getcurrent, false);
    module_fn(vm, m, d, "getmain", getmain, false);
    module_fn(vm, m, d, "getruncount", getruncount, false);
    module_fn(vm, m, d, "schedule", schedule, true);
    module_fn(vm, m, d, "schedule_remove", schedule_remove, true);
    module_fn(vm, m, d, "run", run, true);
    module_fn(vm, m, d, "switch_trap", switch_trap, false);
    module_fn(
        vm,
        m,
        d,
        "set_schedule_callback",
        set_schedule_callback,
        false,
    );
    module_fn(
        vm,
        m,
        d,
        "get_schedule_callback",
        get_schedule_callback,
        false,
    );
    module_fn(
        vm,
        m,
        d,
        "set_channel_callback",
        set_channel_callback,
        false,
    );
    module_fn(
        vm,
        m,
        d,
        "get_channel_callback",
        get_channel_callback,
        false,
    );
    module_fn(vm, m, d, "enable_softswitch", enable_softswitch, false);
    crate::builtins::module_set(vm, d, "tasklet", Value::Obj(t));
    crate::builtins::module_set(vm, d, "channel", Value::Obj(c));
}
