//! Source-text fuzzing: corpus programs, mutated at the byte, token and line
//! level, go through parse + compile + a bounded run + snapshot/restore.
//! Nothing may panic: bad programs end in a SyntaxError or a Python
//! exception. `make test` runs 300 cases; `WEFT_FUZZ_CASES=N` runs more.

mod soak;

use proptest::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use weft::{CaptureHost, Limits, Outcome, Runtime};

/// Fragments spliced into programs: syntax that stresses the compiler's
/// scope analysis, the stack-depth computation and the interpreter.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "=",
    "+=",
    "**",
    "*",
    "-",
    "not ",
    " and ",
    " or ",
    "lambda: ",
    "yield ",
    "yield from ",
    "await ",
    "return ",
    "global x\n",
    "nonlocal x\n",
    "del x\n",
    "None",
    "1e308",
    "10**100",
    "'\\N{BULLET}'",
    "f'{x!r:>{w}}'",
    "\n",
    "    ",
    "\n    ",
    "try:\n    pass\nfinally:\n    return\n",
    "class C:\n    x = [x for x in x]\n",
    "def g():\n    yield (yield)\n",
    "break\n",
    "continue\n",
    "async ",
    "@",
    "...",
    "\\\n",
    "import stackless\n",
    "stackless.run(3)\n",
    "stackless.schedule()\n",
    "raise\n",
    "with x as (a, b):\n    pass\n",
    "*a, b = ",
    "x if y else z",
    "[*x, *y]",
    "{**x}",
];

#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(f64),
    DuplicateLine(f64),
    SwapLines(f64, f64),
    Insert(f64, usize),
    DeleteBytes(f64, usize),
    Byte(f64, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64).prop_map(Mutation::DeleteLine),
        (0.0..1.0f64).prop_map(Mutation::DuplicateLine),
        (0.0..1.0f64, 0.0..1.0f64).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (0.0..1.0f64, 0..TOKENS.len()).prop_map(|(p, t)| Mutation::Insert(p, t)),
        (0.0..1.0f64, 1..12usize).prop_map(|(p, n)| Mutation::DeleteBytes(p, n)),
        (0.0..1.0f64, 32..127u8).prop_map(|(p, b)| Mutation::Byte(p, b)),
    ]
}

fn at(p: f64, len: usize) -> usize {
    ((p * len as f64) as usize).min(len.saturating_sub(1))
}

fn apply(src: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    match *m {
        Mutation::DeleteLine(p) => {
            lines.remove(at(p, n));
        }
        Mutation::DuplicateLine(p) => {
            let l = lines[at(p, n)].clone();
            lines.insert(at(p, n), l);
        }
        Mutation::SwapLines(a, b) => lines.swap(at(a, n), at(b, n)),
        Mutation::Insert(p, t) => {
            let mut s = lines.join("\n");
            let mut i = at(p, s.len());
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            s.insert_str(i, TOKENS[t]);
            return s;
        }
        Mutation::DeleteBytes(p, k) => {
            let s = lines.join("\n");
            let b = s.as_bytes();
            let i = at(p, b.len());
            let j = (i + k).min(b.len());
            let mut out = b[..i].to_vec();
            out.extend_from_slice(&b[j..]);
            return String::from_utf8_lossy(&out).into_owned();
        }
        Mutation::Byte(p, c) => {
            let mut b = lines.join("\n").into_bytes();
            if !b.is_empty() {
                let i = at(p, b.len());
                b[i] = c;
            }
            return String::from_utf8_lossy(&b).into_owned();
        }
    }
    lines.join("\n") + "\n"
}

fn corpus() -> &'static [String] {
    static CORPUS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(read_corpus)
}

fn read_corpus() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/py", "tests/stackless"] {
        let paths = soak::corpus_programs(dir);
        out.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    out
}

/// Mutants may allocate without end or spawn tasklets forever: limits
/// keep them small (and exercise the limits' own paths).
fn fuzz_limits() -> Limits {
    Limits {
        max_memory: Some(256 << 20),
        max_tasklets: Some(10_000),
        max_recursion: Some(5_000),
        ..Limits::default()
    }
}

/// Compile and run `src` for a bounded number of instructions, with a
/// snapshot and restore half-way when the program is still going.
fn exercise(src: &str) {
    let host = CaptureHost::new();
    host.push_input("fuzz");
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.set_limits(fuzz_limits());
    if rt.load_main(src, "fuzz.py").is_err() {
        return;
    }
    for slice in 0..8 {
        match rt.run(5_000) {
            Outcome::Exited(_) => return,
            Outcome::Waiting { .. } | Outcome::InstructionLimit => return,
            Outcome::Budget => {}
        }
        if slice == 3 {
            if let Ok(text) = rt.snapshot() {
                match Runtime::restore(&text, Box::new(host.clone())) {
                    Ok(r) => {
                        rt = r;
                        rt.set_limits(fuzz_limits());
                    }
                    Err(e) => panic!("a snapshot the runtime wrote was refused: {e}"),
                }
            }
        }
    }
}

/// Apply the mutations to a corpus program and exercise the result.
fn mutated_case(pick: f64, ms: &[Mutation]) -> Result<(), String> {
    let programs = corpus();
    let mut src = programs[at(pick, programs.len())].clone();
    for m in ms {
        src = apply(&src, m);
    }
    match catch_unwind(AssertUnwindSafe(|| exercise(&src))) {
        Ok(()) => Ok(()),
        Err(_) => Err(format!("panicked on:\n{src}")),
    }
}

fn case_strategy() -> impl Strategy<Value = (f64, Vec<Mutation>)> {
    (0.0..1.0f64, proptest::collection::vec(mutation(), 1..9))
}

#[test]
#[ignore = "a long run: WEFT_FUZZ_SECONDS=1800 cargo test --release --test fuzz_source -- --ignored"]
fn soak_mutated_programs() {
    soak::soak(
        "source fuzz",
        case_strategy(),
        soak::seconds(),
        |(pick, ms)| mutated_case(pick, &ms),
    );
}

fn cases() -> u32 {
    std::env::var("WEFT_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn mutated_programs_never_panic((pick, ms) in case_strategy()) {
        let r = mutated_case(pick, &ms);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
