//! Isolation and robustness against hostile programs: the obvious sandbox
//! escapes fail with Python exceptions (tests/hardening/escapes.py, whose
//! expected output is Weft's own: CPython has no sandbox), and calling
//! every reachable builtin with arguments of every kind never crashes.

use std::panic::{catch_unwind, AssertUnwindSafe};
use weft::{CaptureHost, Outcome, Runtime};

fn run(name: &str) -> (String, String, Outcome) {
    let path = format!("{}/tests/hardening/{name}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("test program");
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(&src, &path).expect("compiles");
    let outcome = catch_unwind(AssertUnwindSafe(|| match rt.run(100_000_000) {
        Outcome::Budget => panic!("{name}: still running after 100 million instructions"),
        other => other,
    }))
    .unwrap_or_else(|_| {
        panic!(
            "{name}: the runtime panicked; output so far:\n{}",
            host.stdout()
        )
    });
    (host.stdout(), host.stderr(), outcome)
}

#[test]
fn sandbox_escapes_fail_with_python_exceptions() {
    let (out, err, outcome) = run("escapes.py");
    assert_eq!(outcome, Outcome::Exited(0), "{err}");
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/hardening/escapes.out"
    ))
    .expect("expected output");
    assert_eq!(out, expected);
}

#[test]
fn every_reachable_builtin_survives_arguments_of_every_kind() {
    let (out, err, outcome) = run("poke_every_builtin.py");
    assert_eq!(outcome, Outcome::Exited(0), "{err}");
    let last = out.lines().last().unwrap_or_default();
    let count: usize = last
        .strip_prefix("done ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("did not finish: {last}"));
    assert!(count > 300, "only {count} callables were reachable");
}
