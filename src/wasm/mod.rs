//! The wasm-bindgen bindings: a thin adapter between [`Runtime`] and the
//! JavaScript driver in `pkg-template/src/driver.js`, which is the public
//! API. Nothing here interprets Python; this file only turns JS callbacks
//! into a [`Host`] and `Outcome`s into numbers the driver reads.
//!
//! The host never blocks: output goes to one JS sink function, input comes
//! from one JS function that answers at once (a line, `null` for end of
//! input, or `undefined` for "not yet"), and `time.sleep` parks the
//! sleeper on a timer even with nothing else to run (`Host::can_block`;
//! only a sleep inside an import moves the clock instead, see
//! [`State::skew`]). Timers and input the scheduler waits for come back as
//! `Outcome::Waiting`, which the driver turns into `setTimeout`s and
//! promises.
//!
//! Host functions, snapshots, introspection and shared channels cross as
//! JSON text (the forms are `hostcall`'s and `introspect`'s), so this file
//! only passes strings along.

mod alloc;
#[cfg(feature = "compiler")]
pub mod unicode;

use crate::host::{Host, HostReply, HostValue, SourceMap};
use crate::hostcall;
use crate::{Outcome, Runtime};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds, monotonic.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    /// `Date.now()`: milliseconds since the Unix epoch.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
}

/// Output kept before it is handed to the sink, in bytes.
const OUT_BUFFER: usize = 1 << 16;

/// Stream numbers passed to the output sink.
const STDOUT: u32 = 1;
const STDERR: u32 = 2;

thread_local! {
    /// The message of the last panic, for the driver's error.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Install the panic hook once: `console_error_panic_hook` prints the
/// message and JS stack; we also keep the message for the driver.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
            console_error_panic_hook::hook(info);
        }));
    });
}

/// The message of the last panic in this module instance, if any (taken).
/// Limits from the numbers JavaScript passed (saturating at the types' maxima).
fn weft_limits(
    memory: Option<f64>,
    instructions: Option<f64>,
    tasklets: Option<f64>,
    recursion: Option<f64>,
    object_bytes: Option<f64>,
) -> crate::Limits {
    let size = |v: Option<f64>| v.map(|n| n as usize);
    crate::Limits {
        max_memory: size(memory),
        max_instructions: instructions.map(|n| n as u64),
        max_tasklets: size(tasklets),
        max_recursion: size(recursion),
        max_object_bytes: size(object_bytes),
    }
}

/// A compile error as the JS object the driver turns into `WeftSyntaxError`.
fn syntax_error_object(e: &crate::compile::CompileError) -> JsValue {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &k.into(), &v);
    };
    set("kind", e.kind.into());
    set("message", e.message.as_str().into());
    set("line", e.line.into());
    set("column", e.column.into());
    set("endColumn", e.end_column.into());
    set("lineText", e.line_text.as_str().into());
    set("filename", e.filename.as_str().into());
    set("text", e.render().into());
    o.into()
}

/// `Runtime.compile`: the program text `weft compile` writes (a string),
/// or the syntax error object `load` gives.
#[wasm_bindgen(js_name = compileProgram)]
pub fn compile_program(source: &str, filename: &str) -> JsValue {
    install_panic_hook();
    match crate::compile_program(source, filename) {
        Ok(program) => program.into(),
        Err(e) => syntax_error_object(&e),
    }
}

/// Whether this build has the compiler (the full package) or runs
/// precompiled programs only (`weft/runtime`).
#[wasm_bindgen(js_name = hasCompiler)]
pub fn has_compiler() -> bool {
    cfg!(feature = "compiler")
}

#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow_mut().take())
}

/// What the host shares with the bindings.
struct State {
    /// `sink(stream, text)`, stream 1 = stdout, 2 = stderr.
    sink: js_sys::Function,
    /// `input(blocking)` → a line, `null` (end of input) or `undefined`.
    input: js_sys::Function,
    /// `hostCall(module, function, argsJson)` → the reply as JSON text.
    host_call: js_sys::Function,
    stdout: String,
    /// Virtual clock (deterministic: every reading advances 1 µs).
    virtual_clock: bool,
    vclock: f64,
    /// Seconds added to the real clock: a `time.sleep` the scheduler asks
    /// the host to block for (no other tasklet could run) cannot block the
    /// event loop, so the clock jumps instead.
    skew: f64,
    /// The traceback being printed for the exception that ends the program.
    capture: Option<String>,
    /// The type and traceback of the exception that ended the program.
    uncaught: Option<(String, String)>,
    sources: SourceMap,
}

impl State {
    /// Hand buffered stdout to the sink. The borrow is released first, so
    /// the JS side may call back into other runtimes.
    fn flush(cell: &RefCell<State>) {
        let (sink, text) = {
            let mut s = cell.borrow_mut();
            if s.stdout.is_empty() {
                return;
            }
            (s.sink.clone(), std::mem::take(&mut s.stdout))
        };
        // A throwing sink is the driver's to report; the program goes on.
        let _ = sink.call2(&JsValue::NULL, &STDOUT.into(), &text.into());
    }
}

struct WasmHost(Rc<RefCell<State>>);

impl WasmHost {
    fn input(&mut self, blocking: bool) -> JsValue {
        let f = self.0.borrow().input.clone();
        f.call1(&JsValue::NULL, &blocking.into())
            .unwrap_or(JsValue::NULL)
    }
}

/// A JS answer from the input function: `Some(line)`, `Some(None)` at end
/// of input, `None` when no line is there yet.
fn line_of(v: JsValue) -> Option<Option<String>> {
    if v.is_undefined() {
        None
    } else {
        Some(v.as_string())
    }
}

impl Host for WasmHost {
    fn write_stdout(&mut self, s: &str) {
        let full = {
            let mut st = self.0.borrow_mut();
            st.stdout.push_str(s);
            st.stdout.len() >= OUT_BUFFER
        };
        if full {
            State::flush(&self.0);
        }
    }
    fn write_stderr(&mut self, s: &str) {
        State::flush(&self.0);
        let sink = {
            let mut st = self.0.borrow_mut();
            if let Some(c) = &mut st.capture {
                c.push_str(s);
            }
            st.sink.clone()
        };
        let _ = sink.call2(&JsValue::NULL, &STDERR.into(), &s.into());
    }
    fn wall_time(&mut self) -> f64 {
        let st = self.0.borrow();
        if st.virtual_clock {
            drop(st);
            1_700_000_000.0 + self.monotonic()
        } else {
            date_now() / 1000.0 + st.skew
        }
    }
    fn monotonic(&mut self) -> f64 {
        let mut st = self.0.borrow_mut();
        if st.virtual_clock {
            st.vclock += 1e-6;
            st.vclock
        } else {
            performance_now() / 1000.0 + st.skew
        }
    }
    fn read_line(&mut self) -> Option<String> {
        State::flush(&self.0);
        line_of(self.input(true)).flatten()
    }
    fn poll_line(&mut self) -> Option<Option<String>> {
        State::flush(&self.0);
        line_of(self.input(false))
    }
    fn wait_line(&mut self, _timeout: Option<f64>) {}
    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        self.0.borrow().sources.line(filename, line)
    }
    fn add_source(&mut self, filename: &str, source: &str) {
        self.0.borrow_mut().sources.add(filename, source);
    }
    fn flush(&mut self) {
        State::flush(&self.0);
    }
    fn sleep(&mut self, secs: f64) {
        let mut st = self.0.borrow_mut();
        if st.virtual_clock {
            st.vclock += secs.max(0.0);
        } else {
            st.skew += secs.max(0.0);
        }
    }
    /// The event loop must never block: a lone sleeper waits on a timer
    /// the driver sets (with the virtual clock, the driver jumps to it).
    fn can_block(&self) -> bool {
        false
    }
    fn call(&mut self, module: &str, function: &str, args: Vec<HostValue>) -> HostReply {
        State::flush(&self.0);
        let f = self.0.borrow().host_call.clone();
        let json = serde_json::Value::Array(args.iter().map(HostValue::to_json).collect());
        let reply = f.call3(
            &JsValue::NULL,
            &module.into(),
            &function.into(),
            &json.to_string().into(),
        );
        match reply.ok().and_then(|r| r.as_string()) {
            Some(text) => hostcall::reply_from_text(&text),
            None => HostReply::Done(Err(hostcall::HostError::runtime(format!(
                "host function {module}.{function}: the driver gave no reply"
            )))),
        }
    }
    fn uncaught(&mut self, exception_type: Option<&str>) {
        let mut st = self.0.borrow_mut();
        match exception_type {
            Some(t) => {
                st.uncaught = Some((t.to_string(), String::new()));
                st.capture = Some(String::new());
            }
            None => {
                let text = st.capture.take().unwrap_or_default();
                if let Some(u) = &mut st.uncaught {
                    u.1 = text;
                }
            }
        }
    }
}

/// One interpreter, driven by `pkg-template/src/driver.js`.
#[wasm_bindgen]
pub struct RawRuntime {
    rt: Runtime,
    state: Rc<RefCell<State>>,
    /// The last `run` ended in `Outcome::Waiting` with this timeout.
    timeout: Option<f64>,
    exit_code: i32,
    /// The message of the last failed `snapshot`, `restore` or channel call.
    error: String,
    /// Host modules added, to add again to a restored runtime.
    host_modules: Vec<(String, Vec<String>)>,
    /// Python-source modules the embedder added, for the same reason.
    modules: Vec<(String, String)>,
}

/// What `RawRuntime::run` returns.
const RUN_BUDGET: u32 = 0;
const RUN_EXITED: u32 = 1;
const RUN_WAITING: u32 = 2;
const RUN_LIMIT: u32 = 3;

#[wasm_bindgen]
impl RawRuntime {
    /// `sink(stream, text)` receives output; `input(blocking)` answers
    /// requests for a line; `virtual_clock` selects the deterministic clock.
    #[wasm_bindgen(constructor)]
    pub fn new(
        sink: js_sys::Function,
        input: js_sys::Function,
        host_call: js_sys::Function,
        virtual_clock: bool,
    ) -> RawRuntime {
        install_panic_hook();
        let state = Rc::new(RefCell::new(State {
            sink,
            input,
            host_call,
            stdout: String::new(),
            virtual_clock,
            vclock: 0.0,
            skew: 0.0,
            capture: None,
            uncaught: None,
            sources: SourceMap::default(),
        }));
        RawRuntime {
            rt: Runtime::new(Box::new(WasmHost(state.clone()))),
            state,
            timeout: None,
            exit_code: 0,
            error: String::new(),
            host_modules: Vec::new(),
            modules: Vec::new(),
        }
    }

    /// The message of the last failed call that reports errors this way.
    #[wasm_bindgen(getter, js_name = lastError)]
    pub fn last_error(&self) -> String {
        self.error.clone()
    }

    /// Make `import module` give host functions `functions`. Returns
    /// `false` (see `lastError`) when a name is not an identifier.
    #[wasm_bindgen(js_name = addHostModule)]
    pub fn add_host_module(&mut self, module: &str, functions: Vec<String>) -> bool {
        let r = self.rt.add_host_module(module, &functions);
        let ok = self.fail(r).is_some();
        if ok {
            self.host_modules.push((module.to_string(), functions));
        }
        ok
    }

    /// Deliver host call `id`'s result (`{"ok": v}` or `{"error": ...}`).
    #[wasm_bindgen(js_name = completeHostCall)]
    pub fn complete_host_call(&mut self, id: f64, result: &str) -> bool {
        let parsed = serde_json::from_str(result)
            .map_err(|e| e.to_string())
            .and_then(|j| hostcall::result_from_json(&j));
        let r = parsed.unwrap_or_else(|e| {
            Err(hostcall::HostError::runtime(format!(
                "bad host result: {e}"
            )))
        });
        self.rt.complete_host_call(id as u64, r)
    }

    /// Whether a tasklet waits for a host call or a shared channel.
    #[wasm_bindgen(getter, js_name = waitsForHost)]
    pub fn waits_for_host(&self) -> bool {
        self.rt.waiting_for_host_calls()
    }

    /// The runtime as JSON text, or `undefined` (see `lastError`).
    pub fn snapshot(&mut self) -> Option<String> {
        State::flush(&self.state);
        let r = self.rt.snapshot().map_err(|e| e.to_string());
        self.fail(r)
    }

    /// Replace this runtime by the one in `text`; on failure (see
    /// `lastError`) the current one is kept.
    pub fn restore(&mut self, text: &str) -> bool {
        match Runtime::restore(text, Box::new(WasmHost(self.state.clone()))) {
            Ok(mut rt) => {
                for (m, fs) in &self.host_modules {
                    // Checked when first added.
                    let _ = rt.add_host_module(m, fs);
                }
                for (name, source) in &self.modules {
                    // Checked when first added; one the snapshot already
                    // imported stays as it was.
                    let _ = rt.add_module(name, source);
                }
                rt.set_limits(self.rt.limits().clone());
                self.rt = rt;
                self.state.borrow_mut().uncaught = None;
                true
            }
            Err(e) => self.fail::<()>(Err(e.to_string())).is_some(),
        }
    }

    /// Instructions executed so far.
    #[wasm_bindgen(getter)]
    pub fn instructions(&self) -> f64 {
        self.rt.instructions() as f64
    }

    /// `Runtime::tasklets()` as JSON text.
    pub fn tasklets(&self) -> String {
        serde_json::to_string(&self.rt.tasklets()).unwrap_or_else(|_| "[]".into())
    }

    /// `Runtime::channels()` as JSON text.
    pub fn channels(&self) -> String {
        serde_json::to_string(&self.rt.channels()).unwrap_or_else(|_| "[]".into())
    }

    /// Share channel `name` as `weft_channels.<name>`; its id, or -1.
    pub fn channel(&mut self, name: &str) -> f64 {
        let r = self.rt.channel(name);
        self.fail(r).map_or(-1.0, f64::from)
    }

    /// Start the host's send of `value` (JSON form) on channel `name`
    /// (`value` absent: a receive); the token, or -1.
    #[wasm_bindgen(js_name = channelOp)]
    pub fn channel_op(&mut self, name: &str, value: Option<String>) -> f64 {
        let r = match value {
            Some(text) => serde_json::from_str(&text)
                .map_err(|e| e.to_string())
                .and_then(|j| HostValue::from_json(&j))
                .and_then(|v| self.rt.channel_send(name, v)),
            None => self.rt.channel_receive(name),
        };
        self.fail(r).map_or(-1.0, |t| t as f64)
    }

    /// Finished channel operations as JSON: `[[token, result], ...]`.
    #[wasm_bindgen(js_name = takeChannelResults)]
    pub fn take_channel_results(&mut self) -> String {
        let items: Vec<serde_json::Value> = self
            .rt
            .take_channel_results()
            .iter()
            .map(|(t, r)| serde_json::json!([t, hostcall::result_to_json(r)]))
            .collect();
        serde_json::Value::Array(items).to_string()
    }

    /// Set `sys.argv`.
    #[wasm_bindgen(js_name = setArgv)]
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.rt.set_argv(&argv);
    }

    /// Compile `source` as the main program. Returns `undefined`, or on a
    /// syntax error a plain object with its fields.
    pub fn load(&mut self, source: &str, filename: &str) -> JsValue {
        self.state.borrow_mut().uncaught = None;
        match self.rt.load_main(source, filename) {
            Ok(()) => JsValue::UNDEFINED,
            Err(e) => syntax_error_object(&e),
        }
    }

    /// Register a Python-source module (`Runtime::add_module`): undefined,
    /// a syntax error object (as `load` gives), or a string saying why the
    /// name was refused.
    #[wasm_bindgen(js_name = addModule)]
    pub fn add_module(&mut self, name: &str, source: &str) -> JsValue {
        match self.rt.add_module(name, source) {
            Ok(()) => {
                self.modules.push((name.to_string(), source.to_string()));
                JsValue::UNDEFINED
            }
            Err(crate::ModuleError::Syntax(e)) => syntax_error_object(&e),
            Err(crate::ModuleError::Name(why)) => why.into(),
        }
    }

    /// Run at most `budget` instructions (`Infinity`: no limit). Returns 0
    /// when the budget ran out, 1 when the program exited (`exitCode`), 2
    /// when every tasklet waits for the host (`waitTimeout`, `wantsInput`),
    /// 3 when the instruction limit is reached.
    pub fn run(&mut self, budget: f64) -> u32 {
        let budget = if budget.is_finite() && budget < 1.8e19 {
            (budget as u64).max(1)
        } else {
            u64::MAX
        };
        let outcome = self.rt.run(budget);
        State::flush(&self.state);
        match outcome {
            Outcome::Budget => RUN_BUDGET,
            Outcome::Exited(code) => {
                self.exit_code = code;
                RUN_EXITED
            }
            Outcome::Waiting { timeout } => {
                self.timeout = timeout;
                RUN_WAITING
            }
            Outcome::InstructionLimit => RUN_LIMIT,
        }
    }

    /// Set the resource limits (each `undefined` for none; the driver has
    /// checked they are non-negative integers).
    #[wasm_bindgen(js_name = setLimits)]
    pub fn set_limits(
        &mut self,
        memory: Option<f64>,
        instructions: Option<f64>,
        tasklets: Option<f64>,
        recursion: Option<f64>,
        object_bytes: Option<f64>,
    ) {
        self.rt.set_limits(weft_limits(
            memory,
            instructions,
            tasklets,
            recursion,
            object_bytes,
        ));
    }

    /// The exit status, after `run` returned 1.
    #[wasm_bindgen(getter, js_name = exitCode)]
    pub fn exit_code(&self) -> i32 {
        self.exit_code
    }

    /// Seconds until the next timer, after `run` returned 2 (`undefined`
    /// when only input is awaited).
    #[wasm_bindgen(getter, js_name = waitTimeout)]
    pub fn wait_timeout(&self) -> Option<f64> {
        self.timeout
    }

    /// Whether a tasklet waits for a line of input.
    #[wasm_bindgen(getter, js_name = wantsInput)]
    pub fn wants_input(&self) -> bool {
        self.rt.waiting_for_input()
    }

    /// `[type name, traceback text]` of the exception that ended the
    /// program, if one did (taken).
    #[wasm_bindgen(js_name = takeUncaught)]
    pub fn take_uncaught(&mut self) -> Option<Vec<String>> {
        let (t, tb) = self.state.borrow_mut().uncaught.take()?;
        Some(vec![t, tb])
    }

    /// Move the virtual clock forward (the driver's way of "waiting").
    #[wasm_bindgen(js_name = advanceClock)]
    pub fn advance_clock(&mut self, secs: f64) {
        let mut st = self.state.borrow_mut();
        if st.virtual_clock && secs.is_finite() {
            st.vclock += secs.max(0.0);
        }
    }

    /// Keep the error of `r` for `lastError`.
    fn fail<T>(&mut self, r: Result<T, String>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.error = e;
                None
            }
        }
    }

    /// A deliberate panic, so tests can check how the driver reports one.
    #[wasm_bindgen(js_name = panicForTesting)]
    pub fn panic_for_testing(&mut self) {
        panic!("deliberate panic (RawRuntime.panicForTesting)");
    }
}
