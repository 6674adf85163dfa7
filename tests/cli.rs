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
