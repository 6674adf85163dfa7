//! Differential tests: every program in `tests/py/` (and `tests/stackless/`,
//! whose outputs follow Stackless's documented semantics) must print exactly what
//! CPython 3.11 printed (the committed `.out`) and exit with the same status
//! (`.exit`), both when run to completion and when the interpreter is
//! stopped and resumed every 1, 7 and 1000 instructions.

mod common;

use common::{check_corpus, Pause};

#[test]
fn corpus_matches_cpython() {
    check_corpus("tests/py", &[u64::MAX], Pause::Resume);
}

#[test]
fn corpus_matches_cpython_when_sliced() {
    check_corpus("tests/py", &[1, 7, 1000], Pause::Resume);
}

#[test]
fn errors_match_cpython() {
    check_corpus("tests/errors", &[u64::MAX, 3], Pause::Resume);
}

#[test]
fn stackless_corpus() {
    check_corpus("tests/stackless", &[u64::MAX, 1, 7, 1000], Pause::Resume);
}

#[test]
fn precompiled_corpus_matches_cpython() {
    use common::{cases, check_cases, precompiled};
    for dir in ["tests/py", "tests/stackless", "tests/errors"] {
        check_cases(dir, &precompiled(cases(dir)), &[u64::MAX, 7], Pause::Resume);
    }
}
