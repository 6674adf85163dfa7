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
