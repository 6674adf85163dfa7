//! The corpus harness shared by the differential tests: read the programs
//! of a folder with their expected outputs, run each through `Runtime`
//! (optionally interrupted every K instructions, and optionally carried
//! across a snapshot into a fresh runtime at each interruption), and report
//! every program whose output or exit status differs.

use std::path::{Path, PathBuf};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use weft::{CaptureHost, Outcome, Runtime};

/// Snapshotting after every single instruction is reserved for programs
/// shorter than this (a fresh runtime per instruction is slow).
pub const SHORT_PROGRAM: u64 = 3000;

/// A run snapshots at its first this-many interruptions and then just
/// resumes, so long programs are still carried across many snapshots (at
/// start-up, in loops, deep in calls) without the test taking hours.
pub const MAX_SNAPSHOTS: u64 = 400;

/// What happens when the budget of a slice runs out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pause {
    /// Just call `run` again.
    Resume,
    /// Snapshot to JSON, restore into a fresh runtime, continue there.
    Snapshot,
}

pub struct Case {
    pub name: String,
    path: PathBuf,
    source: String,
    expected: String,
    /// Expected stderr, for programs that must fail the way CPython does.
    expected_err: Option<String>,
    pub status: i32,
    stdin: Vec<String>,
    args: Vec<String>,
}

pub fn cases(dir: &str) -> Vec<Case> {
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

pub struct Run {
    /// Instructions the program executed.
    pub instructions: u64,
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Run one program with the given slice budget, as the CLI would. When a
/// restore fails and `WEFT_DUMP` names a file, the snapshot is written there.
pub fn run(case: &Case, budget: u64, pause: Pause) -> Run {
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
    let finished = |status: i32, extra: &str, instructions: u64| Run {
        instructions,
        stdout: host.stdout(),
        stderr: host.stderr() + extra,
        status,
    };
    if let Err(e) = rt.load_main(&case.source, &file) {
        return finished(1, &e.render(), 0);
    }
    let mut slices: u64 = 0;
    loop {
        match rt.run(budget) {
            Outcome::Exited(s) => return finished(s, "", rt.instructions()),
            Outcome::Budget => {
                slices += 1;
                assert!(slices < 2_000_000_000, "{}: runaway program", case.name);
                if pause == Pause::Snapshot && slices <= MAX_SNAPSHOTS {
                    let text = match rt.snapshot() {
                        Ok(t) => t,
                        Err(e) => return finished(-100, &format!("snapshot failed: {e}\n"), 0),
                    };
                    rt = match Runtime::restore(&text, Box::new(host.clone())) {
                        Ok(r) => r,
                        Err(e) => {
                            if let Ok(dump) = std::env::var("WEFT_DUMP") {
                                let _ = std::fs::write(dump, &text);
                            }
                            return finished(-101, &format!("restore failed: {e}\n"), 0);
                        }
                    };
                }
            }
            Outcome::Waiting { .. } => rt.wait(),
            Outcome::InstructionLimit => panic!("{}: no instruction limit was set", case.name),
        }
    }
}

/// The programs of `cases` precompiled (`weft compile`), for running the
/// corpus through the program loader: programs that do not compile are
/// left out, and stderr is not compared (a program's tracebacks have no
/// source lines to quote).
pub fn precompiled(cases: Vec<Case>) -> Vec<Case> {
    cases
        .into_iter()
        .filter_map(|c| {
            let file = c.path.file_name()?.to_string_lossy().to_string();
            let program = weft::compile_program(&c.source, &file).ok()?;
            Some(Case {
                source: program,
                expected_err: None,
                ..c
            })
        })
        .collect()
}

pub fn check_corpus(dir: &str, budgets: &[u64], pause: Pause) {
    check_cases(dir, &cases(dir), budgets, pause);
}

pub fn check_cases(dir: &str, cases: &[Case], budgets: &[u64], pause: Pause) {
    assert!(!cases.is_empty(), "no programs found in {dir}");
    let mut failures = Vec::new();
    for case in cases {
        for &b in budgets {
            if pause == Pause::Snapshot
                && b == 1
                && run(case, u64::MAX, Pause::Resume).instructions > SHORT_PROGRAM
            {
                continue;
            }
            let Run {
                stdout: out,
                stderr,
                status,
                ..
            } = run(case, b, pause);
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
                if status <= -100 {
                    failures.push(format!("  {}", stderr.lines().last().unwrap_or("")));
                }
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
