//! Damaged and malicious snapshots: each is refused with an error naming
//! where the problem is, nothing panics or hangs, and the runtime that tried
//! (for `pickle.loads`) or a fresh one (for `Runtime::restore`) stays usable.
//! Also: every snapshot written matches docs/snapshot.schema.json, and a
//! bounded mutation fuzz test.

#[path = "soak/mutation.rs"]
mod mutation;
mod soak;

use mutation::{mutated, Mutation};
use std::panic::{catch_unwind, AssertUnwindSafe};
use weft::{CaptureHost, Outcome, Runtime};

/// A program with tasklets blocked on a channel, a sleeper, a generator,
/// a class, closures and containers: a snapshot of it touches most kinds.
const PROGRAM: &str = r#"
import stackless, time
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def counter():
    n = 0
    while True:
        n += 1
        yield n
ch = stackless.channel()
shared = {"pts": [Point(1, 2), Point(3, 4)], "s": {1, 2, 3}, "t": (1.5, "x", None)}
gen = counter()
next(gen)
def take():
    return ch.receive()
def worker(i):
    def bump(v):
        return v + i
    got = take()
    print("worker", i, "got", bump(got), next(gen))
def sleeper():
    time.sleep(0.01)
    print("slept", shared["pts"][0])
for i in range(3):
    stackless.tasklet(worker)(i)
stackless.tasklet(sleeper)()
stackless.schedule()
for k in range(300):
    shared["t"] = (k * 1.5, "x", None)
for v in (10, 20, 30):
    ch.send(v)
stackless.run()
print("done", sorted(shared["s"]))
"#;

fn runtime() -> (Runtime, CaptureHost) {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(PROGRAM, "prog.py").expect("compiles");
    (rt, host)
}

/// A runtime snapshot taken mid-program (after `n` instructions).
fn snapshot_after(n: u64) -> String {
    let (mut rt, _) = runtime();
    assert_eq!(
        rt.run(n),
        Outcome::Budget,
        "the program outlives {n} instructions"
    );
    rt.snapshot().expect("snapshot")
}

fn run_to_end(mut rt: Runtime) -> i32 {
    rt.run_to_end()
}

fn expected_output() -> String {
    let (mut rt, host) = runtime();
    assert_eq!(rt.run_to_end(), 0);
    host.stdout()
}

/// Restoring must fail, naming a path that contains `path_part`.
fn refused(text: &str, path_part: &str) {
    let host = CaptureHost::new();
    let r = catch_unwind(AssertUnwindSafe(|| {
        Runtime::restore(text, Box::new(host.clone()))
    }));
    match r {
        Err(_) => panic!("restore panicked"),
        Ok(Ok(_)) => panic!("a damaged snapshot was accepted (expected an error at {path_part})"),
        Ok(Err(e)) => assert!(
            e.path.contains(path_part),
            "error at {:?} ({}), expected the path to contain {path_part:?}",
            e.path,
            e.message
        ),
    }
}

fn parse(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("valid JSON")
}

fn render(v: &serde_json::Value) -> String {
    serde_json::to_string(v).expect("serializable")
}

/// The index of the first object with tag `tag`.
fn find_obj(doc: &serde_json::Value, tag: &str) -> usize {
    doc["objs"]
        .as_array()
        .unwrap()
        .iter()
        .position(|o| o[0] == tag || (o[0] == "O" && o[2][0] == tag))
        .unwrap_or_else(|| panic!("no {tag} object"))
}

/// The contents of object `i` (looking through an `O` overwrite).
fn contents(doc: &mut serde_json::Value, i: usize) -> &mut serde_json::Value {
    let o = &mut doc["objs"][i];
    if o[0] == "O" {
        &mut o[2]
    } else {
        o
    }
}

/// A tasklet that has frames.
fn tasklet_with_frames(doc: &serde_json::Value) -> usize {
    doc["objs"]
        .as_array()
        .unwrap()
        .iter()
        .position(|o| {
            let t = if o[0] == "O" { &o[2] } else { o };
            t[0] == "T" && t[4][2].as_array().is_some_and(|f| f.len() > 1)
        })
        .expect("a tasklet with frames")
}

#[test]
fn a_valid_snapshot_resumes_to_the_same_output() {
    let expected = expected_output();
    for n in [1, 40, 200, 900] {
        let (mut rt, host) = runtime();
        assert_eq!(rt.run(n), Outcome::Budget);
        let text = rt.snapshot().unwrap();
        let restored = Runtime::restore(&text, Box::new(host.clone())).unwrap();
        assert_eq!(run_to_end(restored), 0);
        assert_eq!(host.stdout(), expected, "after a snapshot at {n}");
    }
}

#[test]
fn snapshots_match_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/snapshot.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for n in [1, 300, 900] {
        let doc = parse(&snapshot_after(n));
        if let Err(e) = validator.validate(&doc) {
            panic!("runtime snapshot at {n} violates the schema: {e}");
        }
    }
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(
        "import pickle\nclass A: pass\na = A(); a.me = a\nprint(pickle.dumps([a, {1: 2.5, 'k': (None, True)}, {3}, 10**40, float('inf')]))\n",
        "p.py",
    )
    .unwrap();
    assert_eq!(rt.run_to_end(), 0, "{}", host.stderr());
    let doc = parse(host.stdout().trim());
    if let Err(e) = validator.validate(&doc) {
        panic!("a pickle violates the schema: {e}");
    }
}

#[test]
fn envelope_damage_is_refused() {
    let good = snapshot_after(300);
    refused("", "$");
    refused("[1, 2, 3]", "$");
    refused("{\"weft\": 1", "$");
    refused(&good[..good.len() / 2], "$");
    refused(&good[..good.len() - 1], "$");
    refused("not json at all", "$");
    let mut doc = parse(&good);
    doc.as_object_mut().unwrap().remove("weft");
    refused(&render(&doc), "$");
    let mut doc = parse(&good);
    doc["weft"] = 2.into();
    refused(&render(&doc), "$.weft");
    let mut doc = parse(&good);
    doc["kind"] = "pickle".into();
    refused(&render(&doc), "$.kind");
    let mut doc = parse(&good);
    doc["objs"] = "nope".into();
    refused(&render(&doc), "$.objs");
    let mut doc = parse(&good);
    doc.as_object_mut().unwrap().remove("root");
    refused(&render(&doc), "$.root");
}

#[test]
fn nesting_and_size_attacks_are_bounded() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    refused(&deep, "$");
    let deep_obj = format!(
        "{{\"weft\":1,\"kind\":\"runtime\",\"codes\":[],\"objs\":{},\"root\":null}}",
        deep
    );
    refused(&deep_obj, "$");
    // A 100 MB string inside a pickle: accepted within bounds, or refused, never a crash.
    let big = "x".repeat(100 << 20);
    let text = format!(
        "{{\"weft\":1,\"kind\":\"pickle\",\"codes\":[],\"objs\":[[\"s\",\"{big}\"]],\"root\":[0]}}"
    );
    let mut vm = weft::vm::Vm::new(Box::new(CaptureHost::new()));
    let v = weft::snapshot::loads(&mut vm, &text).expect("a big string is still a string");
    assert_eq!(vm.str_of(v).map(|s| s.len()), Some(100 << 20));
    // Integers that do not fit, and huge digit strings.
    let mut vm = weft::vm::Vm::new(Box::new(CaptureHost::new()));
    let e = weft::snapshot::loads(&mut vm, "{\"weft\":1,\"kind\":\"pickle\",\"codes\":[],\"objs\":[],\"root\":123456789012345678901234567890}").unwrap_err();
    assert!(e.path.starts_with('$'), "{e}");
    let digits = "9".repeat(200_000);
    let e = weft::snapshot::loads(
        &mut vm,
        &format!("{{\"weft\":1,\"kind\":\"pickle\",\"codes\":[],\"objs\":[[\"i\",\"{digits}\"]],\"root\":[0]}}"),
    )
    .unwrap_err();
    assert!(e.path.contains("objs[0]"), "{e}");
}

#[test]
fn references_and_codes_are_checked() {
    let good = snapshot_after(300);
    // A reference past the end of objs.
    let mut doc = parse(&good);
    doc["root"]["running"] = serde_json::json!([9_999_999]);
    refused(&render(&doc), "$.root.running");
    // A negative reference.
    let mut doc = parse(&good);
    doc["root"]["running"] = serde_json::json!([-1]);
    refused(&render(&doc), "$.root.running");
    // A code that is not loaded.
    let mut doc = parse(&good);
    doc["codes"][0] = serde_json::json!(["nowhere.py", 0, "<module>"]);
    refused(&render(&doc), "$.codes[0]");
    // A code whose name does not match (a changed source).
    let mut doc = parse(&good);
    doc["codes"][0][2] = "something_else".into();
    refused(&render(&doc), "$.codes[0]");
    // A code index out of range.
    let mut doc = parse(&good);
    doc["codes"][0][1] = 99_999.into();
    refused(&render(&doc), "$.codes[0]");
    // A source that no longer compiles.
    let mut doc = parse(&good);
    doc["src"][0][1] = "def (:\n".into();
    refused(&render(&doc), "$.src[0]");
    // An unknown built-in name.
    let mut doc = parse(&good);
    let i = doc["objs"]
        .as_array()
        .unwrap()
        .iter()
        .position(|o| o[0] == "B")
        .unwrap();
    doc["objs"][i][1] = "b.no_such_builtin".into();
    refused(&render(&doc), &format!("$.objs[{i}]"));
    // An unknown object kind.
    let mut doc = parse(&good);
    let i = find_obj(&doc, "l");
    doc["objs"][i][0] = "zz".into();
    refused(&render(&doc), &format!("$.objs[{i}]"));
    // The main globals overwritten by a list instead of a dict.
    let mut doc = parse(&good);
    let main = doc["root"]["main"][0].as_u64().unwrap() as usize;
    doc["objs"][main][2] = serde_json::json!(["l", []]);
    refused(&render(&doc), &format!("$.objs[{main}]"));
}

#[test]
fn frames_are_checked_against_their_code() {
    let good = snapshot_after(300);
    let doc0 = parse(&good);
    let t = tasklet_with_frames(&doc0);
    // pc past the end of the code.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][1][1] = 1_000_000.into();
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // One temporary too few.
    let mut doc = doc0.clone();
    let frames = contents(&mut doc, t)[4][2].as_array().unwrap().len();
    let top = &mut contents(&mut doc, t)[4][2][frames - 1][4];
    top.as_array_mut().unwrap().pop();
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // One temporary too many.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][frames - 1][4]
        .as_array_mut()
        .unwrap()
        .push(1.into());
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // Slots that do not fit.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][0][2] = 10_000.into();
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // The bottom frame must end the tasklet.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][0][3] = 0.into();
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // An unknown completion.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][1][3] = 9.into();
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // A conditional jump out of the code.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[4][2][1][3] = serde_json::json!(["J", 1_000_000, true, 0]);
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // Globals that are not a dict.
    let mut doc = doc0.clone();
    let l = find_obj(&doc0, "l");
    contents(&mut doc, t)[4][2][0][5] = serde_json::json!([l]);
    refused(&render(&doc), &format!("$.objs[{t}]"));
    // A dead tasklet cannot have frames.
    let mut doc = doc0.clone();
    contents(&mut doc, t)[1] = 0.into();
    refused(&render(&doc), &format!("$.objs[{t}]"));
}

#[test]
fn scheduler_state_is_checked() {
    let good = snapshot_after(300);
    let doc0 = parse(&good);
    // The same tasklet twice in the runqueue (a cycle in the queue).
    let mut doc = doc0.clone();
    let running = doc0["root"]["running"].clone();
    doc["root"]["runq"] = serde_json::json!([running.clone(), running]);
    refused(&render(&doc), "$.root.runq");
    // A runqueue entry that is not a tasklet.
    let mut doc = doc0.clone();
    let l = find_obj(&doc0, "l");
    doc["root"]["runq"] = serde_json::json!([[l]]);
    refused(&render(&doc), "$.root.runq");
    // A watchdog that is not waiting in run().
    let mut doc = doc0.clone();
    doc["root"]["watchdogs"] = serde_json::json!([doc0["root"]["running"]]);
    refused(&render(&doc), "$.root.watchdogs");
    // A timer with negative time, or for a tasklet that does not sleep.
    let mut doc = doc0.clone();
    doc["root"]["timers"] = serde_json::json!([-1.0, doc0["root"]["running"]]);
    refused(&render(&doc), "$.root.timers");
    // An absurd recursion limit.
    let mut doc = doc0.clone();
    doc["root"]["reclimit"] = 0.into();
    refused(&render(&doc), "$.root.reclimit");
    // argv must be strings.
    let mut doc = doc0.clone();
    doc["root"]["argv"] = serde_json::json!([1, 2]);
    refused(&render(&doc), "$.root.argv");
    // A channel whose queue lists a tasklet that is not blocked on it.
    let mut doc = doc0.clone();
    let ch = find_obj(&doc0, "ch");
    let running = doc0["root"]["running"].clone();
    contents(&mut doc, ch)[4] = serde_json::json!([running]);
    refused(&render(&doc), &format!("$.objs[{ch}]"));
    // A tasklet blocked on something that is not a channel.
    let mut doc = doc0.clone();
    let t = tasklet_with_frames(&doc0);
    contents(&mut doc, t)[5] = serde_json::json!([l]);
    contents(&mut doc, t)[6] = 1.into();
    refused(&render(&doc), &format!("$.objs[{t}][5]"));
}

#[test]
fn object_contents_are_checked() {
    let mut vm = weft::vm::Vm::new(Box::new(CaptureHost::new()));
    let pickle = |objs: &str, root: &str| {
        format!("{{\"weft\":1,\"kind\":\"pickle\",\"codes\":[],\"objs\":[{objs}],\"root\":{root}}}")
    };
    let bad = [
        (pickle("[\"i\",\"12a\"]", "[0]"), "$.objs[0]"),
        (pickle("[\"r\",0,10,0]", "[0]"), "$.objs[0]"),
        (pickle("[\"d\",[1,2]]", "[0]"), "$.objs[0]"),
        (pickle("[\"S\",6,0,[]]", "[0]"), "$.objs[0]"),
        (pickle("[\"S\",8,0,[9,1,1]]", "[0]"), "$.objs[0]"),
        (
            pickle(
                "[\"S\",8,0,[0,1,1,1,2,2,2,3,3,3,4,4,4,5,5,5,6,6,6,7,7,7,8]]",
                "[0]",
            ),
            "$.objs[0]",
        ),
        (pickle("[\"y\",\"zz\"]", "[0]"), "$.objs[0]"),
        (pickle("[\"dq\",[1,2,3],2]", "[0]"), "$.objs[0]"),
        (pickle("[\"mt\",[1,2,3],0]", "[0]"), "$.objs[0]"),
        (
            pickle("[\"s\",\"h\\u00e9\"],[\"it\",\"str\",[0],2]", "[1]"),
            "$.objs[1]",
        ),
        (
            pickle("[\"it\",\"str\",[1],0],[\"l\",[]]", "[0]"),
            "objs[0]",
        ),
        (
            pickle(
                "[\"c\",\"A\",\"A\",\"m\",[],[[1]],[],0,0,[]],[\"l\",[]]",
                "[0]",
            ),
            "$.objs[0]",
        ),
        (pickle("[\"su\",[[1],null]],[\"l\",[]]", "[0]"), "objs[0]"),
        (
            pickle("[\"T\",1,null,null,[[],null,[]],[1],1],[\"l\",[]]", "[0]"),
            "objs[0]",
        ),
        (pickle("[\"l\",[{\"f\":\"weird\"}]]", "[0]"), "$.objs[0]"),
        (pickle("[\"G\",\"no_such_module\"]", "[0]"), "$.objs[0]"),
        (
            pickle("[\"R\",\"__main__\",\"missing\"]", "[0]"),
            "$.objs[0]",
        ),
        (pickle("[\"n\",\"no.such.native\"]", "[0]"), "$.objs[0]"),
        (
            pickle("[\"g\",0,1,null,null,null,null,null]", "[0]"),
            "$.objs[0]",
        ),
        (pickle("[\"l\",[[0]]]", "\"x\""), "$.root"),
        // Cycles where none may be: a tuple inside itself, directly or
        // through a frozenset.
        (pickle("[\"t\",[[0]]]", "[0]"), "$.objs[0]"),
        (
            pickle("[\"t\",[1,[1]]],[\"F\",8,0,[3,5,[0]]]", "[0]"),
            "$.objs[",
        ),
    ];
    for (text, path) in bad {
        match catch_unwind(AssertUnwindSafe(|| weft::snapshot::loads(&mut vm, &text))) {
            Err(_) => panic!("loads panicked on {text}"),
            Ok(Ok(_)) => panic!("accepted {text}"),
            Ok(Err(e)) => assert!(
                e.path.contains(path),
                "{text}: error at {} ({}), expected {path}",
                e.path,
                e.message
            ),
        }
    }
}

#[test]
fn the_runtime_stays_usable_after_a_refused_pickle() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(
        r#"
import pickle
for text in ['', '{}', '{"weft":1,"kind":"pickle","codes":[],"objs":[["l",[[5]]]],"root":[0]}', '[[[[', '{"weft":99}']:
    try:
        pickle.loads(text)
    except pickle.UnpicklingError as e:
        print("refused:", str(e).split(":")[0])
print(pickle.loads(pickle.dumps({"still": ["working", 1]})))
"#,
        "u.py",
    )
    .unwrap();
    assert_eq!(rt.run_to_end(), 0, "{}", host.stderr());
    let out = host.stdout();
    assert_eq!(out.matches("refused:").count(), 5, "{out}");
    assert!(out.ends_with("{'still': ['working', 1]}\n"), "{out}");
}

#[test]
fn what_cannot_be_pickled_is_named() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(
        "import pickle, stackless\ndef f():\n    try:\n        pickle.dumps([stackless.getcurrent()])\n    except pickle.PicklingError as e:\n        print(e)\nstackless.tasklet(f)()\nstackless.run()\n",
        "c.py",
    )
    .unwrap();
    assert_eq!(rt.run_to_end(), 0, "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "cannot pickle root -> list -> tasklet: the running tasklet cannot be pickled\n"
    );
}

/// Snapshots to mutate: the program above at three points, and every
/// program of tests/stackless at two (those still running there).
fn seeds() -> &'static [String] {
    static SEEDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut out: Vec<String> = [60, 300, 900].map(snapshot_after).to_vec();
        for p in soak::corpus_programs("tests/stackless") {
            let src = std::fs::read_to_string(&p).expect("program");
            for at in [200, 3000] {
                let host = CaptureHost::new();
                let mut rt = Runtime::new(Box::new(host));
                if rt.load_main(&src, "prog.py").is_ok() && rt.run(at) == Outcome::Budget {
                    if let Ok(text) = rt.snapshot() {
                        out.push(text);
                    }
                }
            }
        }
        out
    })
}

/// Restore a mutated seed and run what comes back for a bounded time.
fn mutated_snapshot_case(seed: f64, ms: &[Mutation]) -> Result<(), String> {
    let text = mutated(seeds(), seed, ms);
    let host = CaptureHost::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(mut rt) = Runtime::restore(&text, Box::new(host.clone())) {
            rt.set_limits(weft::Limits {
                max_memory: Some(256 << 20),
                max_tasklets: Some(10_000),
                ..weft::Limits::default()
            });
            for _ in 0..50 {
                match rt.run(2_000) {
                    Outcome::Exited(_) | Outcome::InstructionLimit => break,
                    Outcome::Waiting { .. } => rt.wait(),
                    Outcome::Budget => {}
                }
            }
        }
    }));
    outcome.map_err(|_| format!("panic on mutations {ms:?} of seed {seed}"))
}

mutation_fuzz_tests!(
    "snapshot fuzz",
    mutated_snapshot_case,
    mutated_snapshots_never_panic,
    soak_mutated_snapshots
);

/// Found by the JS API fuzz: an object turned into a start-up object
/// ("O") whose new contents are an empty array.
#[test]
fn a_start_up_object_with_empty_contents_is_refused() {
    let good = snapshot_after(300);
    // An instance with an empty dict, `["o",[N],[],...]`, becomes
    // `["O",[N],[],...]`: start-up object N with `[]` as its contents.
    let at = good
        .match_indices("[\"o\",[")
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &good[i + 6..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && rest[digits..].starts_with("],[]")
        })
        .expect("an object with empty contents");
    let damaged = format!("{}[\"O\"{}", &good[..at], &good[at + 4..]);
    let host = CaptureHost::new();
    let r = catch_unwind(AssertUnwindSafe(|| {
        Runtime::restore(&damaged, Box::new(host.clone())).map(|_| ())
    }));
    assert!(matches!(r, Ok(Err(_))), "refused, without a panic");
}

/// The snapshot soak found a frame resuming exactly at the end of its code
/// (its temporaries fitting by chance), which ran off it: now refused.
/// Here every program counter of a frame is refused or runs without a panic.
#[test]
fn every_program_counter_is_refused_or_runs() {
    let doc0 = parse(&snapshot_after(300));
    let t = tasklet_with_frames(&doc0);
    let mut accepted = 0;
    for pc in 0..400u64 {
        let mut doc = doc0.clone();
        contents(&mut doc, t)[4][2][0][1] = pc.into();
        let text = render(&doc);
        let host = CaptureHost::new();
        let r = catch_unwind(AssertUnwindSafe(|| {
            if let Ok(mut rt) = Runtime::restore(&text, Box::new(host.clone())) {
                accepted += 1;
                for _ in 0..20 {
                    match rt.run(500) {
                        Outcome::Budget => {}
                        Outcome::Waiting { .. } => rt.wait(),
                        _ => break,
                    }
                }
            }
        }));
        assert!(r.is_ok(), "pc {pc} panicked");
    }
    assert!(accepted > 0, "no program counter was accepted");
}

/// Found by the snapshot fuzz (case 46,240 of a 5-minute run): the
/// runqueue lists another tasklet than the running one, which the
/// scheduler then linked from as if it were queued.
#[test]
fn a_running_tasklet_outside_the_runqueue_is_refused() {
    let good = snapshot_after(300);
    let running = good
        .split("\"running\":[")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("a running tasklet")
        .to_string();
    let other: u64 = running.parse::<u64>().expect("an object index") + 1;
    let damaged = good.replacen(
        &format!("\"runq\":[[{running}]"),
        &format!("\"runq\":[[{other}]"),
        1,
    );
    assert_ne!(
        damaged, good,
        "the runqueue starts with the running tasklet"
    );
    let r = catch_unwind(AssertUnwindSafe(|| {
        Runtime::restore(&damaged, Box::new(CaptureHost::new())).map(|_| ())
    }))
    .expect("no panic");
    let e = r.expect_err("refused").to_string();
    assert!(
        e.contains("runq") || e.contains("running"),
        "the error names where: {e}"
    );
    mutated_snapshot_case(
        0.018785449839725375,
        &[
            Mutation::Number(0.08336046838549098, 6),
            Mutation::Number(0.9934387197875638, 4),
        ],
    )
    .expect("no panic");
}

/// Found by the snapshot fuzz (case 304,603 of a 150 s run): another
/// runnable tasklet named as the running one, while it still waited for
/// the value its switch would hand it, ran on without it and indexed past
/// its stack. Every tasklet of the runqueue named as the running one is
/// now refused or runs without a panic, and those waiting are refused.
#[test]
fn a_running_tasklet_still_waiting_for_its_value_is_refused() {
    const PINGPONG: &str = "import stackless\n\
        ch = stackless.channel()\n\
        def ping():\n    for i in range(50):\n        ch.send(i)\n\
        def pong():\n    for i in range(50):\n        x = ch.receive()\n\
        def spin():\n    for i in range(500):\n        stackless.schedule()\n\
        stackless.tasklet(ping)(); stackless.tasklet(pong)(); stackless.tasklet(spin)()\n\
        stackless.run()\n";
    let mut refusals = 0;
    for n in [150, 400, 777, 1200] {
        let mut rt = Runtime::new(Box::new(CaptureHost::new()));
        rt.load_main(PINGPONG, "prog.py").expect("compiles");
        assert_eq!(rt.run(n), Outcome::Budget);
        let good = rt.snapshot().expect("snapshot");
        let doc = parse(&good);
        let running = doc["root"]["running"].clone();
        for t in doc["root"]["runq"].as_array().expect("a runqueue") {
            if *t == running {
                continue;
            }
            let mut damaged = doc.clone();
            damaged["root"]["running"] = t.clone();
            let text = render(&damaged);
            let r = catch_unwind(AssertUnwindSafe(|| {
                match Runtime::restore(&text, Box::new(CaptureHost::new())) {
                    Ok(mut rt) => {
                        for _ in 0..20 {
                            if rt.run(500) != Outcome::Budget {
                                break;
                            }
                        }
                        None
                    }
                    Err(e) => Some(e.to_string()),
                }
            }));
            match r.expect("no panic") {
                Some(e) if e.contains("still waits") => refusals += 1,
                _ => {}
            }
        }
    }
    assert!(
        refusals > 0,
        "no runnable tasklet waiting for a value was tried"
    );
}
