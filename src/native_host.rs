//! The host for the native command line: real stdout/stderr/stdin, the
//! system clocks, and source files read from disk for tracebacks.

use crate::host::{Host, SourceMap};
use std::io::{BufRead, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    start: Instant,
    sources: SourceMap,
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
        }
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
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
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
