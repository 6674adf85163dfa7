//! Differential tests: every program in `tests/py/` (and `tests/stackless/`,
//! whose outputs follow Stackless's documented semantics) must print exactly what
//! CPython 3.11 printed (the committed `.out`) and exit with the same status
//! (`.exit`), both when run to completion and when the interpreter is
//! stopped and resumed every 1, 7 and 1000 instructions.

use std::path::{Path, PathBuf};
use weft::{CaptureHost, Outcome, Runtime};

struct Case {
    name: String,
    path: PathBuf,
    source: String,
    expected: String,
    /// Expected stderr, for programs that must fail the way CPython does.
    expected_err: Option<String>,
    status: i32,
    stdin: Vec<String>,
    args: Vec<String>,
}

fn cases(dir: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let stem = path.with_extension("");
        let read = |ext: &str| std::fs::read_to_string(stem.with_extension(ext)).ok();
        let Some(expected) = read("out") else {
            continue;
        };
        let status = read("exit")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let stdin = read("in")
            .map(|s| s.lines().map(|l| l.to_string()).collect())
            .unwrap_or_default();
        let args = read("args")
            .map(|s| {
                s.lines()
                    .filter(|l| !l.is_empty())
                    .map(|l| l.to_string())
                    .collect()
            })
            .unwrap_or_default();
        out.push(Case {
            name: path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string(),
            source: std::fs::read_to_string(&path).expect("read program"),
            path,
            expected,
            expected_err: read("err"),
            status,
            stdin,
            args,
        });
    }
    out
}

struct Run {
    stdout: String,
    stderr: String,
    status: i32,
}

/// Run one program with the given slice budget, as the CLI would.
fn run(case: &Case, budget: u64) -> Run {
    let host = CaptureHost::new();
    for l in &case.stdin {
        host.push_input(l);
    }
    let mut rt = Runtime::new(Box::new(host.clone()));
    let mut argv = vec![case
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string()];
    argv.extend(case.args.iter().cloned());
    rt.set_argv(&argv);
    let file = argv[0].clone();
    let finished = |status: i32, extra: &str| Run {
        stdout: host.stdout(),
        stderr: host.stderr() + extra,
        status,
    };
    if let Err(e) = rt.load_main(&case.source, &file) {
        return finished(1, &e.render());
    }
    let mut slices: u64 = 0;
    loop {
        match rt.run(budget) {
            Outcome::Exited(s) => return finished(s, ""),
            Outcome::Budget => {
                slices += 1;
                assert!(slices < 2_000_000_000, "{}: runaway program", case.name);
            }
            Outcome::Waiting { .. } => rt.wait(),
        }
    }
}

fn check_corpus(dir: &str, budgets: &[u64]) {
    let cases = cases(dir);
    assert!(!cases.is_empty(), "no programs found in {dir}");
    let mut failures = Vec::new();
    for case in &cases {
        for &b in budgets {
            let Run {
                stdout: out,
                stderr,
                status,
            } = run(case, b);
            if let Some(expected_err) = &case.expected_err {
                if &stderr != expected_err {
                    failures.push(format!(
                        "{} (budget {b}): stderr differs\n--- got:\n{stderr}--- expected:\n{expected_err}",
                        case.name
                    ));
                    break;
                }
            }
            if out != case.expected || status != case.status {
                let first_diff = out
                    .lines()
                    .zip(case.expected.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(out.lines().count().min(case.expected.lines().count()));
                failures.push(format!(
                    "{} (budget {}): status {} (expected {}), first differing line {}:\n  got:      {:?}\n  expected: {:?}",
                    case.name,
                    b,
                    status,
                    case.status,
                    first_diff + 1,
                    out.lines().nth(first_diff).unwrap_or("<end>"),
                    case.expected.lines().nth(first_diff).unwrap_or("<end>"),
                ));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_matches_cpython() {
    check_corpus("tests/py", &[u64::MAX]);
}

#[test]
fn corpus_matches_cpython_when_sliced() {
    check_corpus("tests/py", &[1, 7, 1000]);
}

#[test]
fn errors_match_cpython() {
    check_corpus("tests/errors", &[u64::MAX, 3]);
}

#[test]
fn stackless_corpus() {
    check_corpus("tests/stackless", &[u64::MAX, 1, 7, 1000]);
}
