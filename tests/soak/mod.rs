//! Long fuzzing runs: draw cases from a proptest strategy until a time is
//! up (`WEFT_FUZZ_SECONDS`, default 60) and report how many ran. The
//! bounded proptest runs in `make test` shrink failures; these soak runs
//! (`cargo test --release --test NAME soak -- --ignored --nocapture`) find
//! rarer ones and print the failing case whole.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use std::time::{Duration, Instant};

pub fn seconds() -> u64 {
    std::env::var("WEFT_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60)
}

/// Run `case` on fresh values of `strategy` for `seconds`; a case that
/// returns `Err` stops the run with that message. Returns the cases run.
pub fn soak<S: Strategy>(
    what: &str,
    strategy: S,
    seconds: u64,
    mut case: impl FnMut(S::Value) -> Result<(), String>,
) -> u64 {
    let mut runner = TestRunner::default();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut n = 0;
    while Instant::now() < deadline {
        let value = strategy
            .new_tree(&mut runner)
            .expect("strategy makes values")
            .current();
        if let Err(e) = case(value) {
            panic!("{what}: case {n} failed: {e}");
        }
        n += 1;
    }
    eprintln!("{what}: {n} cases in {seconds} s, no failure");
    n
}

/// The Python programs of a corpus folder (relative to the crate), sorted:
/// what the fuzzers mutate.
pub fn corpus_programs(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    paths
}
