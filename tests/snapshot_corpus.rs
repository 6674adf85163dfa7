//! Forced-snapshot differential tests: every corpus program, interrupted
//! every K instructions, is written to a JSON snapshot and restored into a
//! fresh runtime, which carries on; the output must still be exactly the
//! expected one (CPython's for tests/py, Stackless semantics for
//! tests/stackless).

mod common;

use common::{check_corpus, Pause};

#[test]
fn py_corpus_survives_snapshots_every_1000() {
    check_corpus("tests/py", &[1000], Pause::Snapshot);
}

#[test]
fn py_corpus_survives_snapshots_every_97() {
    check_corpus("tests/py", &[97], Pause::Snapshot);
}

#[test]
fn stackless_corpus_survives_snapshots() {
    check_corpus("tests/stackless", &[1000, 97, 1], Pause::Snapshot);
}

#[test]
fn snapshot_debug_one() {
    let Ok(name) = std::env::var("WEFT_CASE") else {
        return;
    };
    let k: u64 = std::env::var("WEFT_K")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(97);
    for case in common::cases("tests/stackless")
        .into_iter()
        .chain(common::cases("tests/py"))
    {
        if case.name == name {
            let r = common::run(&case, k, Pause::Snapshot);
            eprintln!("status {}\n{}\n{}", r.status, r.stdout, r.stderr);
        }
    }
}
