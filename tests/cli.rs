//! The native command line behaves like `python3 FILE.py ARGS...`.

use std::io::Write;
use std::process::{Command, Stdio};

fn weft(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code().unwrap_or(-1),
    )
}

fn script(name: &str, body: &str) -> String {
    let dir = std::env::temp_dir().join(format!("weft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write script");
    path.to_string_lossy().to_string()
}

#[test]
fn help_lists_the_run_command() {
    let (out, _, status) = weft(&["--help"], "");
    assert_eq!(status, 0);
    assert!(out.contains("run"), "{out}");
    let (out, _, status) = weft(&["run", "--help"], "");
    assert_eq!(status, 0);
    assert!(out.contains("FILE"), "{out}");
}

#[test]
fn arguments_after_the_file_belong_to_the_program() {
    let p = script("argv.py", "import sys\nprint(sys.argv[1:])\n");
    let (out, _, status) = weft(&["run", &p, "--slice", "x", "-v"], "");
    assert_eq!(status, 0);
    assert_eq!(out, "['--slice', 'x', '-v']\n");
}

#[test]
fn input_reads_stdin_and_eof_raises() {
    let p = script(
        "input.py",
        "name = input('name? ')\nprint('hi', name)\ntry:\n    input()\nexcept EOFError as e:\n    print('eof:', e)\n",
    );
    let (out, _, status) = weft(&["run", &p], "Ada\n");
    assert_eq!(status, 0);
    assert_eq!(out, "name? hi Ada\neof: EOF when reading a line\n");
}

#[test]
fn uncaught_exception_exits_1_with_traceback_on_stderr() {
    let p = script("boom.py", "print('start')\n1 / 0\n");
    let (out, err, status) = weft(&["run", &p], "");
    assert_eq!((out.as_str(), status), ("start\n", 1));
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains(", line 2, in <module>\n    1 / 0\n"), "{err}");
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn syntax_error_exits_1() {
    let p = script("syntax.py", "print('never')\nx = (1,\n");
    let (out, err, status) = weft(&["run", &p], "");
    assert_eq!((out.as_str(), status), ("", 1));
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn sliced_execution_gives_the_same_output() {
    let p = script("slices.py", "print(sum(i * i for i in range(1000)))\n");
    let (out, _, status) = weft(&["run", "--slice", "3", &p], "");
    assert_eq!((out.as_str(), status), ("332833500\n", 0));
}

#[test]
fn missing_file_is_a_clear_error() {
    let (_, err, status) = weft(&["run", "/nonexistent/prog.py"], "");
    assert_eq!(status, 2);
    assert!(err.contains("can't open file"), "{err}");
}

#[test]
fn a_snapshot_continues_in_another_process() {
    // The classic: a tasklet recursing to depth 9 sends 'hi' and blocks
    // (nobody receives yet); the snapshot is taken while it is blocked.
    let p = script(
        "recursive.py",
        "import stackless\nch = stackless.channel()\ndef rec(n):\n    print('enter', n)\n    if n == 9:\n        ch.send('hi')\n    else:\n        rec(n + 1)\n    print('leave', n)\nstackless.tasklet(rec)(0)\nstackless.run()\nprint('main got', ch.receive())\nstackless.run()\nprint('done')\n",
    );
    let (full, _, status) = weft(&["run", &p], "");
    assert_eq!(status, 0);
    assert!(full.contains("leave 0\ndone\n"), "{full}");
    let snap = std::env::temp_dir().join(format!("weft-cli-{}/rec.json", std::process::id()));
    let snap = snap.to_string_lossy().to_string();
    let mut saw_split = false;
    for n in (5..=400).step_by(5) {
        let _ = std::fs::remove_file(&snap);
        let (first, err, status) = weft(
            &[
                "run",
                "--snapshot-after",
                &n.to_string(),
                "--snapshot-file",
                &snap,
                &p,
            ],
            "",
        );
        assert_eq!(status, 0, "{err}");
        if !std::path::Path::new(&snap).exists() {
            assert_eq!(first, full, "without a snapshot the run is complete");
            continue;
        }
        let (second, err, status) = weft(&["resume", &snap], "");
        assert_eq!(status, 0, "{err}");
        assert_eq!(
            format!("{first}{second}"),
            full,
            "split after {n} instructions"
        );
        if first.ends_with("enter 9\n") && second.starts_with("main got hi\nleave 9") {
            saw_split = true;
        }
    }
    assert!(
        saw_split,
        "some snapshot was taken while the tasklet was blocked at depth 9"
    );
}

#[test]
fn a_pickled_interrupted_tasklet_counts_on() {
    // The busy counter: interrupted by the watchdog, pickled, killed,
    // unpickled, inserted and resumed: its count continues where it stopped.
    let p = script(
        "counter.py",
        "import stackless, pickle\nstate = {'count': 0}\ndef busy():\n    n = 0\n    while True:\n        n += 1\n        state['count'] = n\n        if n == 5000:\n            print('reached', n)\n            return\nt = stackless.tasklet(busy)()\nvictim = stackless.run(100)\nprint('interrupted', victim is t, t.alive, 0 < state['count'] < 5000)\nblob = pickle.dumps(t)\nt.kill()\nprint('killed', t.alive)\nt2 = pickle.loads(blob)\nprint('restored', t2.alive, t2.scheduled)\nt2.insert()\nstackless.run()\nprint('done', state['count'])\n",
    );
    let (out, err, status) = weft(&["run", &p], "");
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        "interrupted True True True\nkilled False\nrestored True False\nreached 5000\ndone 5000\n"
    );
}

#[test]
fn resume_refuses_a_damaged_snapshot() {
    let bad = script("bad.json", "{\"weft\": 1, \"kind\": \"runtime\"");
    let (_, err, status) = weft(&["resume", &bad], "");
    assert_eq!(status, 2);
    assert!(err.contains("cannot resume") && err.contains('$'), "{err}");
}

#[test]
fn resource_limits_from_the_command_line() {
    let grow = script("grow.py", "l = []\nwhile True:\n    l.append('x' * 100)\n");
    let (out, err, code) = weft(&["run", "--max-memory", "16M", &grow], "");
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(
        err.ends_with("MemoryError: the runtime's memory limit (16 MiB) was exceeded\n"),
        "{err}"
    );
    let spin = script("spin.py", "print('start')\nwhile True:\n    pass\n");
    let (out, err, code) = weft(&["run", "--max-instructions", "100000", &spin], "");
    assert_eq!((out.as_str(), code), ("start\n", 1));
    assert_eq!(
        err,
        "weft: the instruction limit (100000) was reached; the program was stopped\n"
    );
    let spawn = script(
        "spawn.py",
        "import stackless\nwhile True:\n    stackless.tasklet(stackless.schedule)()\n",
    );
    let (_, err, code) = weft(&["run", "--max-tasklets", "50", &spawn], "");
    assert_eq!(code, 1);
    assert!(
        err.ends_with("RuntimeError: the runtime's tasklet limit (50) was exceeded\n"),
        "{err}"
    );
    let (_, err, code) = weft(&["run", "--max-memory", "12X", &spin], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown size suffix 'X'"), "{err}");
}

#[test]
fn compile_writes_a_program_that_runs_like_its_source() {
    let src = script(
        "compiled_prog.py",
        "import sys\ndef f(x):\n    return x * 3\nprint(f(14), sys.argv[1:])\n",
    );
    let out_path = src.replace(".py", ".json");
    let (_, err, status) = weft(&["compile", &src], "");
    assert_eq!((status, err.as_str()), (0, ""));
    let text = std::fs::read_to_string(&out_path).expect("program written next to the source");
    assert!(text.starts_with("{\"weft_program\":1,"), "{text}");
    let from_source = weft(&["run", &src, "a"], "");
    let from_program = weft(&["run", &out_path, "a"], "");
    assert_eq!(from_source, from_program);
    assert_eq!(from_program.0, "42 ['a']\n");
    let bad = script("compiled_bad.py", "def f(:\n    pass\n");
    let (_, err, status) = weft(&["compile", &bad], "");
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError"), "{err}");
}
