//! What the embedder provides to the interpreter: output streams, a clock,
//! input lines, source text for tracebacks and host functions. The core
//! never touches the operating system directly, so it builds for
//! `wasm32-unknown-unknown`.

pub use crate::hostcall::{HostError, HostReply, HostValue};
use std::collections::HashMap;

pub trait Host {
    fn write_stdout(&mut self, s: &str);
    fn write_stderr(&mut self, s: &str);
    /// Seconds since the Unix epoch (`time.time()`).
    fn wall_time(&mut self) -> f64;
    /// A monotonic clock in seconds (`time.perf_counter()`, `time.monotonic()`).
    fn monotonic(&mut self) -> f64;
    /// One line of input without its newline, or `None` at end of input.
    fn read_line(&mut self) -> Option<String>;
    /// Source text of `filename`, line `line` (1-based), for tracebacks.
    fn source_line(&self, filename: &str, line: u32) -> Option<String>;
    /// Remember the source of `filename` so tracebacks can quote it.
    fn add_source(&mut self, filename: &str, source: &str);
    /// Flush buffered output.
    fn flush(&mut self) {}
    /// Block for `secs` seconds (hosts with a virtual clock just advance it).
    fn sleep(&mut self, secs: f64);
    /// Whether `sleep` really blocks. A host that cannot (a browser's event
    /// loop) says no: then `time.sleep` always parks the calling tasklet on
    /// a timer, even with nothing else to run, and `run` returns
    /// `Outcome::Waiting` for the host to come back when it is due.
    fn can_block(&self) -> bool {
        true
    }
    /// A line of input if one is ready without blocking: `Some(Some(line))`,
    /// `Some(None)` at end of input, `None` when none has arrived yet.
    /// The default reads (and may block): input is always "ready".
    fn poll_line(&mut self) -> Option<Option<String>> {
        Some(self.read_line())
    }
    /// The exception that ends the program is about to be printed to stderr
    /// (`Some(its type name)`), or has just been (`None`): hosts may
    /// capture the traceback text written in between.
    fn uncaught(&mut self, _exception_type: Option<&str>) {}
    /// Block until input may have arrived or `timeout` seconds passed.
    fn wait_line(&mut self, timeout: Option<f64>) {
        if let Some(t) = timeout {
            self.sleep(t);
        }
    }
    /// Call the host function `module.function` (see `hostcall`): its
    /// result now, or `HostReply::Pending(id)` when it arrives later
    /// through [`crate::Runtime::complete_host_call`]. The default host has
    /// no host functions.
    fn call(&mut self, module: &str, function: &str, _args: Vec<HostValue>) -> HostReply {
        HostReply::Done(Err(HostError::runtime(format!(
            "host function {module}.{function} is not provided by this host"
        ))))
    }
}

/// Sources registered by filename, shared by host implementations.
#[derive(Default, Clone)]
pub struct SourceMap {
    files: HashMap<String, Vec<String>>,
}

impl SourceMap {
    pub fn add(&mut self, filename: &str, source: &str) {
        self.files.insert(
            filename.to_string(),
            source.lines().map(|l| l.to_string()).collect(),
        );
    }
    pub fn line(&self, filename: &str, line: u32) -> Option<String> {
        self.files
            .get(filename)?
            .get((line as usize).checked_sub(1)?)
            .cloned()
    }
}

/// What a `CaptureHost` collected, shared with whoever created it.
#[derive(Default)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub input: std::collections::VecDeque<String>,
    /// Virtual seconds; advanced by `time.sleep`.
    pub clock: f64,
}

/// A host that captures output in memory and uses a virtual clock; used by
/// tests and by embedders that drive the runtime themselves.
#[derive(Default, Clone)]
pub struct CaptureHost {
    pub data: std::rc::Rc<std::cell::RefCell<Captured>>,
    pub sources: SourceMap,
}

impl CaptureHost {
    pub fn new() -> CaptureHost {
        CaptureHost::default()
    }
    pub fn stdout(&self) -> String {
        self.data.borrow().stdout.clone()
    }
    pub fn stderr(&self) -> String {
        self.data.borrow().stderr.clone()
    }
    pub fn push_input(&self, line: &str) {
        self.data.borrow_mut().input.push_back(line.to_string());
    }
}

impl Host for CaptureHost {
    fn write_stdout(&mut self, s: &str) {
        self.data.borrow_mut().stdout.push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.data.borrow_mut().stderr.push_str(s);
    }
    fn wall_time(&mut self) -> f64 {
        1_700_000_000.0 + self.monotonic()
    }
    /// Virtual time: every reading advances it by a microsecond, so programs
    /// measuring durations see time pass, deterministically.
    fn monotonic(&mut self) -> f64 {
        let mut d = self.data.borrow_mut();
        d.clock += 1e-6;
        d.clock
    }
    fn read_line(&mut self) -> Option<String> {
        self.data.borrow_mut().input.pop_front()
    }
    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        self.sources.line(filename, line)
    }
    fn add_source(&mut self, filename: &str, source: &str) {
        self.sources.add(filename, source);
    }
    fn sleep(&mut self, secs: f64) {
        self.data.borrow_mut().clock += secs.max(0.0);
    }
}
