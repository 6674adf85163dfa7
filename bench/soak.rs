//! The soak run (`make soak`): bench/soak.py's 100,000 tasklets exchange
//! messages for a set time while the whole runtime is snapshotted to JSON
//! and restored into a fresh runtime every few seconds. Reports, per
//! period, the live objects, heap bytes and process RSS (which must stay
//! flat), and at the end checks that every message arrived exactly once.
//!
//! `cargo run --release --example soak -- [MINUTES] [PERIOD_SECONDS] [PAIRS]`

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};
use weft::host::SourceMap;
use weft::{Host, Outcome, Runtime};

/// Captures stdout; `input()` waits (without blocking the others) until the
/// driver says stop.
#[derive(Clone, Default)]
struct SoakHost {
    stop: Rc<Cell<bool>>,
    out: Rc<std::cell::RefCell<String>>,
    sources: SourceMap,
    clock: Rc<Cell<f64>>,
}

impl Host for SoakHost {
    fn write_stdout(&mut self, s: &str) {
        self.out.borrow_mut().push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        eprint!("{s}");
    }
    fn wall_time(&mut self) -> f64 {
        self.monotonic()
    }
    fn monotonic(&mut self) -> f64 {
        self.clock.set(self.clock.get() + 1e-6);
        self.clock.get()
    }
    fn read_line(&mut self) -> Option<String> {
        Some("stop".into())
    }
    fn poll_line(&mut self) -> Option<Option<String>> {
        self.stop.get().then(|| Some("stop".into()))
    }
    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        self.sources.line(filename, line)
    }
    fn add_source(&mut self, filename: &str, source: &str) {
        self.sources.add(filename, source);
    }
    fn sleep(&mut self, secs: f64) {
        self.clock.set(self.clock.get() + secs);
    }
}

fn rss_mb() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / 1e6
}

fn arg(i: usize, default: f64) -> f64 {
    std::env::args()
        .nth(i)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let minutes = arg(1, 10.0);
    let period = Duration::from_secs_f64(arg(2, 10.0));
    let pairs = arg(3, 50_000.0) as u64;
    let source = include_str!("soak.py");
    let host = SoakHost::default();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.set_argv(&["soak.py".into(), pairs.to_string()]);
    rt.load_main(source, "soak.py").expect("soak.py compiles");
    let started = Instant::now();
    let end = started + Duration::from_secs_f64(minutes * 60.0);
    println!(
        "soak: {} tasklets for {minutes} min, snapshot + restore every {} s",
        2 * pairs + 1,
        period.as_secs_f64()
    );
    println!("   t_s  instructions   live_objs  heap_MB  rss_MB  snap_MB  dump_s  load_s");
    let mut rows = Vec::new();
    let mut instructions = 0;
    while Instant::now() < end {
        let until = (Instant::now() + period).min(end);
        while Instant::now() < until {
            match rt.run(2_000_000) {
                Outcome::Budget => {}
                other => panic!("the program stopped early: {other:?}"),
            }
        }
        // A restored runtime counts its instructions afresh.
        instructions += rt.instructions();
        let t0 = Instant::now();
        let text = rt.snapshot().expect("snapshot");
        let dump = t0.elapsed().as_secs_f64();
        drop(rt);
        let t1 = Instant::now();
        rt = Runtime::restore(&text, Box::new(host.clone())).expect("restore");
        let load = t1.elapsed().as_secs_f64();
        rt.vm.collect_garbage(&[]);
        let row = (
            rt.vm.heap.live_objects(),
            rt.vm.heap.usage() as f64 / 1e6,
            rss_mb(),
        );
        println!(
            "{:6.0} {:13} {:11} {:8.1} {:7.1} {:8.1} {:7.3} {:7.3}",
            started.elapsed().as_secs_f64(),
            instructions,
            row.0,
            row.1,
            row.2,
            text.len() as f64 / 1e6,
            dump,
            load
        );
        rows.push(row);
    }
    host.stop.set(true);
    let status = rt.run_to_end();
    let out = host.out.borrow().clone();
    print!("{out}");
    let words: Vec<&str> = out.split_whitespace().collect();
    let field = |name: &str| -> u64 {
        let i = words.iter().position(|w| *w == name).expect("summary");
        words[i + 1].parse().expect("number")
    };
    let exactly_once = status == 0
        && field("errors") == 0
        && words.contains(&"mismatched")
        && out.contains("mismatched pairs 0 starved pairs 0");
    let (first, last) = (rows.first(), rows.last());
    if let (Some(f), Some(l)) = (first, last) {
        println!(
            "live objects {} -> {} ({:+.2}%), rss {:.1} -> {:.1} MB ({:+.1}%)",
            f.0,
            l.0,
            (l.0 as f64 / f.0 as f64 - 1.0) * 100.0,
            f.2,
            l.2,
            (l.2 / f.2 - 1.0) * 100.0
        );
    }
    println!(
        "{} messages, every one delivered exactly once: {}",
        field("messages"),
        if exactly_once { "yes" } else { "NO" }
    );
    if !exactly_once {
        std::process::exit(1);
    }
}
