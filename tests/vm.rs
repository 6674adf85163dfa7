//! Properties of the machine itself: heap frames (deep recursion on a tiny
//! native stack), the cycle collector, budgeted execution, error reporting.

use weft::{CaptureHost, Outcome, Runtime};

/// Run `source` to completion; returns (stdout, stderr, status).
fn run(source: &str) -> (String, String, i32) {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.set_argv(&["prog.py".to_string()]);
    if let Err(e) = rt.load_main(source, "prog.py") {
        return (host.stdout(), e.render(), 1);
    }
    let status = rt.run_to_end();
    (host.stdout(), host.stderr(), status)
}

#[test]
fn recursion_200000_deep_on_a_256k_native_stack() {
    let src = r#"
import sys
sys.setrecursionlimit(1000000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n > 0 else None

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)

def gen_depth(n):
    if n == 0:
        yield 0
        return
    for v in gen_depth(n - 1):
        yield v + 1

print(depth(200000))
print(Node(200000).size())
print(next(gen_depth(50000)))
print(sorted([3, 1, 2], key=lambda x: depth(x * 1000)))
"#;
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || run(src))
        .expect("spawn")
        .join()
        .expect("the interpreter must not overflow the native stack");
    assert_eq!(
        out.0, "200000\n200001\n50000\n[1, 2, 3]\n",
        "stderr: {}",
        out.1
    );
    assert_eq!(out.2, 0);
}

#[test]
fn recursion_limit_raises_recursion_error() {
    let (out, _, status) = run(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', type(e).__name__)\n",
    );
    assert_eq!(out, "caught RecursionError\n");
    assert_eq!(status, 0);
}

#[test]
fn cyclic_garbage_is_collected() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    let src = r#"
class Node:
    def __init__(self):
        self.other = None

for i in range(1000000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print("done")
"#;
    rt.load_main(src, "cycles.py").expect("compiles");
    let mut peak_slots = 0;
    loop {
        let o = rt.run(100_000);
        peak_slots = peak_slots.max(rt.vm.heap.capacity());
        if let Outcome::Exited(s) = o {
            assert_eq!(s, 0, "{}", host.stderr());
            break;
        }
    }
    assert_eq!(host.stdout(), "done\n");
    // Two million objects were created; the arena never held more than a
    // small multiple of the collection threshold.
    assert!(peak_slots < 300_000, "heap grew to {peak_slots} slots");
    assert!(rt.vm.heap.collections > 10);
}

#[test]
fn big_garbage_is_collected_by_size() {
    // Few objects but big payloads: collection must follow the bytes, not
    // only the object count, so the heap stays proportional to live data.
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    let src = r#"
t = 0
for i in range(3000):
    x = list(range(10000))
    y = [0] * 1000
    z = [j for j in range(2000)]
    s = set(range(500))
    t += len(x) + len(y) + len(z) + len(s)
print(t)
"#;
    rt.load_main(src, "big.py").expect("compiles");
    let mut peak_bytes = 0;
    loop {
        let o = rt.run(10_000);
        peak_bytes = peak_bytes.max(rt.vm.heap.tracked_bytes());
        if let Outcome::Exited(s) = o {
            assert_eq!(s, 0, "{}", host.stderr());
            break;
        }
    }
    assert_eq!(host.stdout(), "40500000\n");
    // About 1.2 GB of payloads were allocated; live data is under 200 KB.
    assert!(peak_bytes < 40 << 20, "payloads grew to {peak_bytes} bytes");
    assert!(rt.vm.heap.collections > 10);
}

#[test]
fn budget_stops_and_resumes() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(
        "total = 0\nfor i in range(100):\n    total += i\nprint(total)\n",
        "b.py",
    )
    .expect("compiles");
    let mut slices = 0;
    loop {
        match rt.run(1) {
            Outcome::Budget => slices += 1,
            Outcome::Exited(s) => {
                assert_eq!(s, 0);
                break;
            }
            Outcome::Waiting { .. } => rt.wait(),
            Outcome::InstructionLimit => panic!("no instruction limit was set"),
        }
    }
    // One instruction per slice: the loop alone is hundreds of instructions.
    assert!(slices > 400, "only {slices} slices");
    assert_eq!(host.stdout(), "4950\n");
    // Running again after exit is harmless.
    assert_eq!(rt.run(10), Outcome::Exited(0));
}

#[test]
fn uncaught_exception_prints_cpython_traceback() {
    let (out, err, status) = run("def f():\n    raise ValueError('bad')\nprint('before')\nf()\n");
    assert_eq!(out, "before\n");
    assert_eq!(status, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n    f()\n  File \"prog.py\", line 2, in f\n    raise ValueError('bad')\nValueError: bad\n"
    );
}

#[test]
fn chained_exceptions_print_both() {
    let (_, err, status) =
        run("try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n");
    assert_eq!(status, 1);
    assert!(err.contains("KeyError: 'k'"), "{err}");
    assert!(
        err.contains("The above exception was the direct cause of the following exception:"),
        "{err}"
    );
    assert!(err.ends_with("RuntimeError: wrapped\n"), "{err}");
}

#[test]
fn system_exit_sets_status() {
    assert_eq!(run("import sys\nsys.exit(3)\n").2, 3);
    let (_, err, status) = run("import sys\nsys.exit('message')\n");
    assert_eq!((err.as_str(), status), ("message\n", 1));
    assert_eq!(run("raise SystemExit(0)\n").2, 0);
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host));
    let e = rt
        .load_main("x = 1\nif x\n    pass\n", "bad.py")
        .unwrap_err();
    assert_eq!((e.filename.as_str(), e.line), ("bad.py", 2));
    let text = e.render();
    assert!(
        text.starts_with("  File \"bad.py\", line 2\n    if x\n"),
        "{text}"
    );
    assert!(text.contains("SyntaxError: "), "{text}");
    // The runtime is still usable afterwards.
    rt.load_main("print('ok')\n", "good.py").expect("compiles");
    assert_eq!(rt.run_to_end(), 0);
}

#[test]
fn semantic_syntax_errors() {
    for (src, msg) in [
        ("return 1\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
        ),
        ("x = (".repeat(300).as_str(), "too many nested parentheses"),
    ] {
        let host = CaptureHost::new();
        let mut rt = Runtime::new(Box::new(host));
        let e = rt.load_main(src, "s.py").unwrap_err();
        assert_eq!(e.message, msg, "for {src:?}");
    }
}

#[test]
fn deeply_nested_containers_compare_without_native_recursion() {
    let src = "import sys\nsys.setrecursionlimit(100000)\na = []\nb = []\nfor i in range(5000):\n    a = [a]\n    b = [b]\nprint(a == b, a != b)\n";
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || run(src))
        .expect("spawn")
        .join()
        .expect("no native stack overflow");
    assert_eq!(out.0, "True False\n", "{}", out.1);
}
