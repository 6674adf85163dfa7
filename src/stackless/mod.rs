//! Stackless Python's concurrency model: tasklets (microthreads whose
//! frames are ordinary heap frames), channels, and a cooperative scheduler
//! with an instruction-count watchdog.
//!
//! `tasklet` and `channel` hold the records, `queues` links them into the
//! runqueue and the channels' queues, `scheduler` switches, blocks and
//! wakes, `transfer` does the channel rendezvous (`fastpath` its common
//! case), `api` holds the Python-visible types and functions. Python-level helpers live in the prelude and in
//! `builtins/modules/stackless.py`.

pub mod api;
pub mod channel;
pub mod fastpath;
pub mod parked;
pub mod queues;
pub mod scheduler;
pub mod tasklet;
pub mod transfer;

use crate::builtins::class_set;
use crate::vm::Vm;

/// Attach the methods written in Python (in the prelude) to the native types.
pub fn install_python_methods(vm: &mut Vm) {
    let t = vm.t.tasklet;
    let c = vm.t.channel;
    for (cls, name, func) in [
        (t, "throw", "_tasklet_throw"),
        (t, "raise_exception", "_tasklet_raise_exception"),
        (t, "kill", "_tasklet_kill"),
        (c, "send_exception", "_channel_send_exception"),
        (c, "send_throw", "_channel_send_throw"),
        (c, "send_sequence", "_channel_send_sequence"),
    ] {
        let f = vm.prelude_fn(func);
        class_set(vm, cls, name, f);
    }
}
