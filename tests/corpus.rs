//! Differential tests: every program in `tests/py/` must print exactly what
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
    status: i32,
    stdin: Vec<String>,
    args: Vec<String>,
}

fn cases(dir: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("corpus dir").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let stem = path.with_extension("");
        let read = |ext: &str| std::fs::read_to_string(stem.with_extension(ext)).ok();
        let Some(expected) = read("out") else { continue };
        let status = read("exit").and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        let stdin = read("in")
            .map(|s| s.lines().map(|l| l.to_string()).collect())
            .unwrap_or_default();
        let args = read("args")
            .map(|s| s.lines().filter(|l| !l.is_empty()).map(|l| l.to_string()).collect())
            .unwrap_or_default();
        out.push(Case {
            name: path.file_stem().unwrap_or_default().to_string_lossy().to_string(),
            source: std::fs::read_to_string(&path).expect("read program"),
            path,
            expected,
            status,
            stdin,
            args,
        });
    }
    out
}

/// Run one program with the given slice budget; returns (stdout, status).
fn run(case: &Case, budget: u64) -> (String, i32) {
    let host = CaptureHost::new();
    for l in &case.stdin {
        host.push_input(l);
    }
    let mut rt = Runtime::new(Box::new(host.clone()));
    let mut argv = vec![case.path.file_name().unwrap_or_default().to_string_lossy().to_string()];
    argv.extend(case.args.iter().cloned());
    rt.set_argv(&argv);
    let file = argv[0].clone();
    if let Err(e) = rt.load_main(&case.source, &file) {
        return (host.stdout(), if e.message.is_empty() { 2 } else { 1 });
    }
    let mut slices: u64 = 0;
    loop {
        match rt.run(budget) {
            Outcome::Exited(s) => return (host.stdout(), s),
            Outcome::Budget => {
                slices += 1;
                assert!(slices < 2_000_000_000, "{}: runaway program", case.name);
            }
        }
    }
}

fn check_corpus(dir: &str, budgets: &[u64]) {
    let cases = cases(dir);
    assert!(!cases.is_empty(), "no programs found in {dir}");
    let mut failures = Vec::new();
    for case in &cases {
        for &b in budgets {
            let (out, status) = run(case, b);
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
