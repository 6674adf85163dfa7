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

/// A snapshot of a precompiled program carries the program, and the
/// restored runtime loads it again (the runtime-only build's way).
#[test]
fn precompiled_programs_survive_snapshots() {
    use common::{cases, check_cases, precompiled};
    for (dir, every) in [("tests/py", 1000), ("tests/stackless", 97)] {
        check_cases(dir, &precompiled(cases(dir)), &[every], Pause::Snapshot);
    }
}

#[test]
fn stackless_corpus_survives_snapshots() {
    check_corpus("tests/stackless", &[1000, 97, 1], Pause::Snapshot);
}

/// Found by the JS API fuzz: a second program loaded under the same file
/// name (`exec` uses `<string>` each time) must be carried by a snapshot.
#[test]
fn a_second_program_under_the_same_name_survives_a_snapshot() {
    let host = weft::CaptureHost::new();
    let second =
        "def w():\n    n = 0\n    while n < 5000:\n        n += 1\n    return n\nprint(x, w())\n";
    let mut rt = weft::Runtime::new(Box::new(host.clone()));
    rt.load_main("x = 1\n", "<string>").expect("compiles");
    assert_eq!(rt.run(100), weft::Outcome::Exited(0));
    rt.load_main(second, "<string>").expect("compiles");
    assert_eq!(rt.run(200), weft::Outcome::Budget);
    let text = rt.snapshot().expect("snapshot");
    let host2 = weft::CaptureHost::new();
    let mut again = weft::Runtime::restore(&text, Box::new(host2.clone())).expect("restores");
    assert_eq!(again.run_to_end(), 0, "{}", host2.stderr());
    assert_eq!(host.stdout() + &host2.stdout(), "1 5000\n");
}

/// Found by the JS API fuzz: a sleeper left behind by a program that ended
/// with an exception must not leave a stale timer in later snapshots.
#[test]
fn a_stale_timer_is_not_written() {
    let host = weft::CaptureHost::new();
    let mut rt = weft::Runtime::new(Box::new(host.clone()));
    let first = "import stackless, time\nstackless.tasklet(time.sleep)(100)\nstackless.schedule()\nraise ValueError\n";
    rt.load_main(first, "<string>").expect("compiles");
    assert_eq!(rt.run(u64::MAX), weft::Outcome::Exited(1));
    rt.load_main("x = 1\n", "<string>").expect("compiles");
    let text = rt.snapshot().expect("snapshot");
    let host2 = weft::CaptureHost::new();
    weft::Runtime::restore(&text, Box::new(host2)).expect("restores");
}

/// Found by the source soak: an int of more than 100,000 decimal digits was
/// written in decimal, which the reader refuses (it parses in quadratic
/// time); such ints now travel in hex.
#[test]
fn huge_ints_survive_a_snapshot() {
    let host = weft::CaptureHost::new();
    let mut rt = weft::Runtime::new(Box::new(host.clone()));
    let src =
        "x = -(7 ** 200000)\nn = 0\nwhile n < 1000:\n    n += 1\nprint(x % 1000003, len(bin(x)))\n";
    rt.load_main(src, "big.py").expect("compiles");
    assert_eq!(rt.run(300), weft::Outcome::Budget);
    let text = rt.snapshot().expect("snapshot");
    let host2 = weft::CaptureHost::new();
    let mut again = weft::Runtime::restore(&text, Box::new(host2.clone())).expect("restores");
    assert_eq!(again.run_to_end(), 0, "{}", host2.stderr());
    let mut whole = weft::Runtime::new(Box::new(host.clone()));
    whole.load_main(src, "big.py").expect("compiles");
    assert_eq!(whole.run_to_end(), 0);
    assert_eq!(host2.stdout(), host.stdout());
}
