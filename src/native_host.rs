//! The host for the native command line: real stdout/stderr/stdin, the
//! system clocks, and source files read from disk for tracebacks.
//!
//! Standard input is read by a helper thread (started on first use), so a
//! tasklet waiting in `input()` does not stop the others from running.

use crate::host::{Host, SourceMap};
use std::io::{BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    start: Instant,
    sources: SourceMap,
    /// Lines from the stdin thread (`None` for end of input).
    lines: Option<Receiver<Option<String>>>,
    /// A line `wait_line` received before anyone asked for it.
    ready: Option<Option<String>>,
}

/// Read stdin line by line on a helper thread.
fn spawn_reader() -> Receiver<Option<String>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        loop {
            let mut line = String::new();
            let msg = match stdin.lock().read_line(&mut line) {
                Ok(0) | Err(_) => None,
                Ok(_) => {
                    if line.ends_with('\n') {
                        line.pop();
                        if line.ends_with('\r') {
                            line.pop();
                        }
                    }
                    Some(line)
                }
            };
            let eof = msg.is_none();
            if tx.send(msg).is_err() || eof {
                break;
            }
        }
    });
    rx
}

impl Default for StdHost {
    fn default() -> Self {
        Self::new()
    }
}

impl StdHost {
    pub fn new() -> StdHost {
        StdHost {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            start: Instant::now(),
            sources: SourceMap::default(),
            lines: None,
            ready: None,
        }
    }

    fn lines(&mut self) -> &Receiver<Option<String>> {
        self.lines.get_or_insert_with(spawn_reader)
    }
}

impl Host for StdHost {
    fn write_stdout(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }
    fn write_stderr(&mut self, s: &str) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
    fn wall_time(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }
    fn monotonic(&mut self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
    fn read_line(&mut self) -> Option<String> {
        let _ = self.out.flush();
        if let Some(line) = self.ready.take() {
            return line;
        }
        self.lines().recv().unwrap_or(None)
    }
    fn poll_line(&mut self) -> Option<Option<String>> {
        if let Some(line) = self.ready.take() {
            return Some(line);
        }
        match self.lines().try_recv() {
            Ok(line) => Some(line),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
    fn wait_line(&mut self, timeout: Option<f64>) {
        let _ = self.out.flush();
        if self.ready.is_some() {
            return;
        }
        let got = match timeout {
            None => self
                .lines()
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
            Some(t) => self
                .lines()
                .recv_timeout(Duration::from_secs_f64(t.max(0.0))),
        };
        match got {
            Ok(line) => self.ready = Some(line),
            Err(RecvTimeoutError::Disconnected) => self.ready = Some(None),
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        self.sources.line(filename, line)
    }
    fn add_source(&mut self, filename: &str, source: &str) {
        self.sources.add(filename, source);
    }
    fn flush(&mut self) {
        let _ = self.out.flush();
    }
    fn sleep(&mut self, secs: f64) {
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_secs_f64(secs.max(0.0)));
    }
}

impl Drop for StdHost {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}
