//! Weft: a Python interpreter whose frames all live on the heap.
//!
//! The public API is [`Runtime`]: load a program, run it for a budget of
//! instructions, repeat until it exits. Everything else (compiler, VM,
//! builtins) is reachable for embedders and tests, but `Runtime` is the
//! stable surface the command line and the WebAssembly bindings use.

// User input must never meet an unwrap: every fallible step in the library
// returns an error (invariants use `expect` naming what guarantees them).
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod host;
pub mod hostcall;
pub mod introspect;
#[cfg(not(target_arch = "wasm32"))]
pub mod native_host;
pub mod objects;
pub mod program;
pub mod snapshot;
pub mod stackless;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use compile::CompileError;
pub use host::{CaptureHost, Host};
pub use num_traits::ToPrimitive;
pub use vm::limits::Limits;

use crate::vm::value::MaybeHandle;
use vm::frame::{Completion, Frame};
use vm::interp::Exec;
use vm::value::Value;
use vm::Vm;

/// The most instructions one call of the interpreter loop runs (see
/// `Runtime::run`): V8 compiles that loop with its optimizing tier in the
/// background (~70-100 ms in Node here) and swaps the result in only when
/// the function is entered again, so a program started before then with
/// one long `rt.run()` (no budget) ran its whole course in the baseline
/// tier, 2-3x slower. A re-entry costs about as much as a few instructions.
const REENTRY_INSTRUCTIONS: u64 = 100_000;

/// How a call to [`Runtime::run`] ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The budget ran out; call `run` again to continue.
    Budget,
    /// The program finished with this exit status (tracebacks already printed).
    Exited(i32),
    /// Every tasklet waits for the host: a timer due in `timeout` seconds,
    /// or (when `None`) a line of input. Call [`Runtime::wait`] (or let the
    /// host's event loop pass the time), then `run` again.
    Waiting { timeout: Option<f64> },
    /// The instruction limit (`Limits::max_instructions`) is reached. The
    /// program is paused, not unwound: raise the limit and `run` again,
    /// take a snapshot, or drop the runtime.
    InstructionLimit,
}

/// Why [`Runtime::add_module`] refused a module.
#[derive(Debug)]
pub enum ModuleError {
    /// The name cannot be used (not an identifier, or taken).
    Name(String),
    /// The source does not compile.
    Syntax(CompileError),
}

/// Compile `source` into a precompiled program (`crate::program`): the
/// JSON text `weft compile` writes and [`Runtime::load_main`] (also in the
/// runtime-only build) and [`Runtime::add_module`] accept in place of source.
pub fn compile_program(source: &str, filename: &str) -> Result<String, CompileError> {
    if program::is_program(source) {
        return Err(CompileError::without_location(
            filename,
            "SyntaxError",
            "this is already a compiled program",
        ));
    }
    let code = compile::compile_with_flags(source, filename, 0)?;
    Ok(program::encode(&code))
}

pub struct Runtime {
    pub vm: Vm,
    exit_status: Option<i32>,
    limits: Limits,
    /// `ticks` when this runtime was created or restored (start-up runs
    /// the prelude, which is not the program's work).
    base_ticks: u64,
}

impl Runtime {
    pub fn new(host: Box<dyn Host>) -> Runtime {
        let vm = Vm::new(host);
        let base_ticks = vm.sched.ticks;
        Runtime {
            vm,
            exit_status: None,
            limits: Limits::default(),
            base_ticks,
        }
    }

    /// Set `sys.argv`.
    pub fn set_argv(&mut self, argv: &[String]) {
        builtins::sys::set_argv(&mut self.vm, argv);
    }

    /// Compile `source` and make it the program's main code.
    pub fn load_main(&mut self, source: &str, filename: &str) -> Result<(), CompileError> {
        let code = self.vm.compile_source(source, filename)?;
        let rt = self.vm.load_code(&code);
        let g = Value::Obj(self.vm.main_globals);
        let name = self.vm.n.name;
        let main = self.vm.new_str("__main__");
        builtins::dict::dict_set_str(&mut self.vm, g, name, main);
        let bkey = self.vm.intern("__builtins__");
        let bv = Value::Obj(self.vm.builtins);
        builtins::dict::dict_set_str(&mut self.vm, g, bkey, bv);
        let nslots = rt.code.nslots();
        self.vm.cur = Default::default();
        self.vm.cur.stack.resize(nslots, Value::Null);
        self.vm.cur.frames.push(Frame {
            code: rt,
            pc: 0,
            base: 0,
            ret_sp: 0,
            globals: self.vm.main_globals,
            locals: MaybeHandle::NONE,
            completion: Completion::Exit,
            gen: MaybeHandle::NONE,
        });
        self.exit_status = None;
        Ok(())
    }

    /// Limit what the program may use (see [`Limits`]); may be called at
    /// any time, e.g. to raise the instruction limit after
    /// [`Outcome::InstructionLimit`].
    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.heap.set_limits(
            limits.max_memory,
            limits.max_tasklets,
            limits.max_object_bytes,
        );
        // A frame must be able to run at all (and snapshots need a limit >= 1).
        self.vm.max_recursion = limits.max_recursion.unwrap_or(usize::MAX).max(1);
        self.vm.recursion_limit = self.vm.recursion_limit.min(self.vm.max_recursion);
        self.limits = limits;
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Run for at most `budget` instructions.
    pub fn run(&mut self, budget: u64) -> Outcome {
        if let Some(s) = self.exit_status {
            return Outcome::Exited(s);
        }
        let room = match self.limits.max_instructions {
            Some(max) if self.instructions() >= max => return Outcome::InstructionLimit,
            Some(max) => max - self.instructions(),
            None => u64::MAX,
        };
        let mut left = budget.min(room);
        let status = loop {
            // `execute` is entered again at least every REENTRY_INSTRUCTIONS:
            // a WebAssembly engine swaps its optimized code for the
            // interpreter loop in only when the function is entered, so one
            // long call would finish in the code it started with.
            let mut chunk = left.min(REENTRY_INSTRUCTIONS);
            let granted = chunk;
            let exec = self.vm.execute(&mut chunk);
            left -= granted - chunk;
            match exec {
                Exec::Budget if left > 0 => {}
                Exec::Budget if budget > room => return Outcome::InstructionLimit,
                Exec::Budget => return Outcome::Budget,
                Exec::Idle => {
                    if !self.vm.try_wake() {
                        return Outcome::Waiting {
                            timeout: self.vm.next_timer_in(),
                        };
                    }
                }
                Exec::Done(_) => break 0,
                Exec::Error(e) => break self.uncaught(e),
            }
        };
        self.vm.host.flush();
        self.vm.end_host_ops();
        self.exit_status = Some(status);
        Outcome::Exited(status)
    }

    /// Instructions executed so far by the program (all tasklets), since
    /// this runtime was created or restored.
    pub fn instructions(&self) -> u64 {
        self.vm.sched.ticks.saturating_sub(self.base_ticks)
    }

    /// Every tasklet: state, what it waits on, frames and locals
    /// (see [`introspect`]). Reads only; runs no Python code.
    pub fn tasklets(&self) -> Vec<introspect::TaskletInfo> {
        introspect::tasklets(&self.vm)
    }

    /// Every channel: balance, waiting tasklets, preference, closing.
    pub fn channels(&self) -> Vec<introspect::ChannelInfo> {
        introspect::channels(&self.vm)
    }

    /// The whole runtime as JSON text (docs/snapshot-format.md): all
    /// tasklets, the scheduler, modules, and the program's sources.
    pub fn snapshot(&mut self) -> Result<String, snapshot::SnapshotError> {
        if self.exit_status.is_some() {
            return Err(snapshot::SnapshotError {
                path: "$".into(),
                message: "the program has already finished".into(),
            });
        }
        snapshot::snapshot(&mut self.vm)
    }

    /// A runtime continuing from `text` (written by [`Runtime::snapshot`],
    /// in this process or another), with `host` as its host.
    pub fn restore(text: &str, host: Box<dyn Host>) -> Result<Runtime, snapshot::SnapshotError> {
        let mut rt = Runtime::new(host);
        snapshot::restore(&mut rt.vm, text)?;
        rt.base_ticks = rt.vm.sched.ticks;
        // Channels shared with the embedder stay shared.
        let key = rt.vm.intern(hostcall::CHANNELS_MODULE);
        let modules = Value::Obj(rt.vm.modules);
        if let Some(Value::Obj(m)) = builtins::dict::dict_get_str(&mut rt.vm, modules, key) {
            if let vm::object::Obj::Module(md) = rt.vm.heap.get(m) {
                let d = md.dict;
                let names: Vec<String> = match rt.vm.heap.get(d) {
                    vm::object::Obj::Dict(dd) => dd
                        .iter()
                        .filter_map(|e| match e.value {
                            Value::Obj(h)
                                if matches!(rt.vm.heap.get(h), vm::object::Obj::Channel(_)) =>
                            {
                                rt.vm.str_of(e.key).map(str::to_string)
                            }
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                for n in names {
                    let _ = rt.vm.host_channel(&n);
                }
            }
        }
        Ok(rt)
    }

    /// Make `import module` give the embedder's host functions `functions`
    /// (each forwards its positional arguments to [`Host::call`]). Call it
    /// before the program imports the module.
    pub fn add_host_module(&mut self, module: &str, functions: &[String]) -> Result<(), String> {
        let code = hostcall::host_module_code(module, functions)?;
        self.check_module_name_free(module)?;
        let program = program::encode(&code);
        self.vm.module_sources.insert(module.to_string(), program);
        Ok(())
    }

    /// Make `import name` run `source` (a module written in Python that the
    /// embedder supplies). Checked now: a name that is not an identifier
    /// or belongs to a builtin module, or source that does not compile, is
    /// refused. Call it before the program imports the module.
    pub fn add_module(&mut self, name: &str, source: &str) -> Result<(), ModuleError> {
        if !hostcall::is_identifier(name) {
            return Err(ModuleError::Name(format!(
                "module name {name:?} is not a Python identifier"
            )));
        }
        self.check_module_name_free(name)
            .map_err(ModuleError::Name)?;
        snapshot::compile_cached(source, &format!("{name}.py"), 0).map_err(ModuleError::Syntax)?;
        self.vm
            .module_sources
            .insert(name.to_string(), source.to_string());
        Ok(())
    }

    /// A module the embedder adds may not shadow a builtin one (`time`,
    /// `stackless`...) or one the program already imported.
    fn check_module_name_free(&mut self, name: &str) -> Result<(), String> {
        let key = self.vm.intern(name);
        let modules = Value::Obj(self.vm.modules);
        let loaded = builtins::dict::dict_get_str(&mut self.vm, modules, key);
        if builtins::frozen::is_frozen_module(name) || loaded.is_some() {
            return Err(format!(
                "module name {name:?} is taken by a builtin or already imported module"
            ));
        }
        Ok(())
    }

    /// Deliver the result of host call `id` (after `HostReply::Pending(id)`).
    /// Returns false when nobody waits for it any more.
    pub fn complete_host_call(
        &mut self,
        id: u64,
        result: Result<hostcall::HostValue, hostcall::HostError>,
    ) -> bool {
        self.exit_status.is_none() && self.vm.complete_host_call(id, result)
    }

    /// Whether a tasklet waits for a host call or for the embedder's
    /// traffic on a shared channel (after [`Outcome::Waiting`]).
    pub fn waiting_for_host_calls(&self) -> bool {
        !self.vm.sched.host_calls.is_empty()
            || self.vm.sched.host_channels.iter().any(
                |c| matches!(self.vm.heap.get(*c), vm::object::Obj::Channel(ch) if ch.balance != 0),
            )
    }

    /// The channel shared with the embedder as `weft_channels.<name>`
    /// (created on first use); returns its id (as in [`Runtime::channels`]).
    pub fn channel(&mut self, name: &str) -> Result<u32, String> {
        self.vm.host_channel(name).map(|h| h.0)
    }

    /// Send `value` on shared channel `name` from the host: a helper
    /// tasklet does the send; its outcome comes back from
    /// [`Runtime::take_channel_results`] under the returned token.
    pub fn channel_send(&mut self, name: &str, value: hostcall::HostValue) -> Result<u64, String> {
        self.check_running()?;
        self.vm.host_channel_op(name, Some(value))
    }

    /// Receive from shared channel `name` (see [`Runtime::channel_send`]).
    pub fn channel_receive(&mut self, name: &str) -> Result<u64, String> {
        self.check_running()?;
        self.vm.host_channel_op(name, None)
    }

    /// Finished host sends and receives: (token, value received or error).
    pub fn take_channel_results(
        &mut self,
    ) -> Vec<(u64, Result<hostcall::HostValue, hostcall::HostError>)> {
        self.vm.take_host_op_results()
    }

    fn check_running(&self) -> Result<(), String> {
        match self.exit_status {
            Some(_) => Err("the program has finished".into()),
            None => Ok(()),
        }
    }

    /// Whether a tasklet waits for a line of input (after
    /// [`Outcome::Waiting`]): hosts that cannot block use it to know that
    /// the program needs input, not only a timer.
    pub fn waiting_for_input(&self) -> bool {
        !self.vm.sched.readers.is_empty()
    }

    /// Block in the host until a waiting tasklet can go on (after
    /// [`Outcome::Waiting`]).
    pub fn wait(&mut self) {
        self.vm.wait_for_host();
    }

    /// Run to completion, waiting for the host whenever every tasklet waits.
    /// (A host that leaves calls pending must complete them from elsewhere
    /// and drive `run` itself: this loop only waits for timers and input.)
    pub fn run_to_end(&mut self) -> i32 {
        loop {
            match self.run(u64::MAX) {
                Outcome::Exited(s) => return s,
                Outcome::Waiting { .. } => self.wait(),
                Outcome::Budget => {}
                Outcome::InstructionLimit => return self.instruction_limit_reached(),
            }
        }
    }

    /// After [`Outcome::InstructionLimit`], for hosts that stop there: say
    /// so on stderr and give the exit status (1, as for an uncaught
    /// exception).
    pub fn instruction_limit_reached(&mut self) -> i32 {
        let max = self.limits.max_instructions.unwrap_or_default();
        self.vm.host.flush();
        self.vm.host.write_stderr(&format!(
            "weft: the instruction limit ({max}) was reached; the program was stopped\n"
        ));
        1
    }

    /// An exception left the program: print it (or honour SystemExit).
    fn uncaught(&mut self, exc: Value) -> i32 {
        let vm = &mut self.vm;
        if vm.exc_matches(exc, vm.t.system_exit) {
            let code = vm.exc_arg0(exc);
            // CPython converts an int code to a C int (-1 when it does not
            // fit a long); the process status keeps its low 8 bits.
            return match code {
                Value::None => 0,
                other if vm.to_bigint(other).is_some() => {
                    let n = vm.to_bigint(other).and_then(|b| b.to_i64()).unwrap_or(-1);
                    (n as i32) & 0xff
                }
                other => {
                    let text = vm.str_text(other).unwrap_or_default();
                    vm.host.write_stderr(&format!("{}\n", text));
                    1
                }
            };
        }
        let type_name = self.vm.exc_type_name(exc);
        self.vm.host.uncaught(Some(&type_name));
        self.print_exception(exc);
        self.vm.host.uncaught(None);
        1
    }

    /// Print a traceback in CPython's format (running the prelude printer,
    /// which can call a user `__str__`).
    pub fn print_exception(&mut self, exc: Value) {
        let vm = &mut self.vm;
        vm.host.flush();
        let printer = vm.prelude_fn("_print_exception");
        let saved = std::mem::take(&mut vm.cur);
        let ok = match vm.call_value(printer, &[exc], &[], Completion::Exit) {
            Ok(()) => {
                let mut budget = 10_000_000u64;
                vm.sched.nested += 1;
                let done = matches!(vm.execute(&mut budget), Exec::Done(_));
                vm.sched.nested -= 1;
                done
            }
            Err(_) => false,
        };
        vm.cur = saved;
        vm.tasklet_result = None;
        vm.tasklet_error = None;
        if !ok {
            let mut text = String::from("Traceback (most recent call last):\n");
            for l in vm.traceback_lines(exc) {
                text.push_str(&l);
            }
            text.push_str(&vm.exc_type_name(exc));
            text.push('\n');
            vm.host.write_stderr(&text);
        }
    }
}

/// Render a compile error as CPython prints an uncaught SyntaxError.
pub fn syntax_error_text(e: &CompileError) -> String {
    e.render()
}
