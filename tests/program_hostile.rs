//! Damaged precompiled programs (`weft compile` output): each is refused
//! with an error naming what is wrong, or, when the damage leaves a valid
//! program, runs; nothing panics or hangs, and the runtime stays usable.
//! A bounded mutation fuzz test over the corpus compiled, and a long run
//! (`WEFT_FUZZ_SECONDS=1800 cargo test --release --test program_hostile
//! soak -- --ignored --nocapture`).

#[path = "soak/mutation.rs"]
mod mutation;
mod soak;

use mutation::{mutated, Mutation};
use std::panic::{catch_unwind, AssertUnwindSafe};
use weft::{CaptureHost, Outcome, Runtime};

/// The programs of tests/py and tests/stackless, compiled.
fn seeds() -> &'static [String] {
    static SEEDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut out = Vec::new();
        for dir in ["tests/py", "tests/stackless"] {
            for p in soak::corpus_programs(dir) {
                let src = std::fs::read_to_string(&p).expect("program");
                if let Ok(program) = weft::compile_program(&src, "prog.py") {
                    out.push(program);
                }
            }
        }
        assert!(out.len() > 100, "{} programs compiled", out.len());
        out
    })
}

/// Load a mutated seed and run what loads for a bounded time.
fn mutated_program_case(seed: f64, ms: &[Mutation]) -> Result<(), String> {
    let text = mutated(seeds(), seed, ms);
    let host = CaptureHost::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut rt = Runtime::new(Box::new(host.clone()));
        rt.set_limits(weft::Limits {
            max_memory: Some(256 << 20),
            max_tasklets: Some(10_000),
            ..weft::Limits::default()
        });
        if rt.load_main(&text, "prog.py").is_ok() {
            for _ in 0..50 {
                match rt.run(2_000) {
                    Outcome::Exited(_) | Outcome::InstructionLimit => break,
                    Outcome::Waiting { .. } => rt.wait(),
                    Outcome::Budget => {}
                }
            }
            return true;
        }
        // Refused: the same runtime still runs a good program.
        rt.load_main("print('still usable')\n", "after.py")
            .expect("a good program loads");
        rt.run_to_end();
        false
    }));
    match outcome {
        Err(_) => Err(format!("panic on mutations {ms:?} of seed {seed}")),
        Ok(false) if host.stdout() != "still usable\n" => Err(format!(
            "the runtime was not usable after refusing mutations {ms:?} of seed {seed}"
        )),
        Ok(_) => Ok(()),
    }
}

mutation_fuzz_tests!(
    "program fuzz",
    mutated_program_case,
    mutated_programs_never_panic,
    soak_mutated_programs
);

/// Every corpus program compiles to a program that passes the verifier and
/// decodes to exactly the code compiled.
#[test]
fn every_corpus_program_round_trips() {
    for dir in ["tests/py", "tests/stackless", "tests/errors"] {
        for p in soak::corpus_programs(dir) {
            let src = std::fs::read_to_string(&p).expect("program");
            let Ok(code) = weft::compile::compile_module(&src, "prog.py") else {
                continue;
            };
            let text = weft::program::encode(&code);
            let back =
                weft::program::decode(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert_eq!(*back, *code, "{}", p.display());
        }
    }
}

/// Specific damage, each named in the error.
#[test]
fn damage_is_named() {
    let good = weft::compile_program(
        "x = [1, 2]\nprint(x[1])\ndef f():\n    pass\ndef g(a):\n    return a.real + 1\n",
        "app.py",
    )
    .expect("compiles");
    let cases = [
        (
            good.replace("\"LoadSmallInt\":2", "\"LoadConst\":99"),
            "constant 99 of",
        ),
        (good.replacen("\"lines\":[1,", "\"lines\":[", 1), "lines"),
        (
            good.replace("\"nlocals\":0", "\"nlocals\":3"),
            "variable names for 3 slots",
        ),
        (
            good.replace("\"index\":1", "\"index\":0"),
            "a second code object with this index",
        ),
        (
            good.replacen("\"ReturnNone\",\"Nop\"]", "\"Nop\",\"Nop\"]", 1),
            "runs past the last instruction",
        ),
        (good[..good.len() / 2].to_string(), "EOF"),
        // The interpreter skips the Nop after a fused instruction: whatever
        // stands there instead would never run.
        (
            good.replacen("\"Nop\"", "\"Pop\"", 1),
            "a fused instruction must be followed by the Nops it replaced",
        ),
    ];
    for (text, needle) in cases {
        assert_ne!(text, good, "the damage applies ({needle})");
        let mut rt = Runtime::new(Box::new(CaptureHost::new()));
        let e = rt.load_main(&text, "app.py").expect_err(needle).to_string();
        assert!(e.contains("not a loadable Weft program"), "{e}");
        assert!(e.contains(needle), "{needle}: {e}");
    }
}
