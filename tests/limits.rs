//! Resource limits trip cleanly: the offending tasklet gets an exception
//! (or the runtime pauses at the instruction limit), other tasklets and
//! the host go on, and a snapshot taken after the trip still restores.

use weft::{CaptureHost, Limits, Outcome, Runtime};

fn runtime(src: &str, limits: Limits) -> (Runtime, CaptureHost) {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.set_limits(limits);
    rt.load_main(src, "limits.py").expect("compiles");
    (rt, host)
}

/// Run `src` under `limits` to a clean exit; what it printed.
fn output_of(src: &str, limits: Limits) -> String {
    let (mut rt, host) = runtime(src, limits);
    assert_eq!(run_to_end(&mut rt), Outcome::Exited(0), "{}", host.stderr());
    host.stdout()
}

/// `src` must end within seconds under `limits`: at the instruction limit
/// or with an uncaught exception (a MemoryError), never by running on.
fn stops_soon(src: &str, limits: Limits) {
    let (mut rt, host) = runtime(src, limits);
    let t0 = std::time::Instant::now();
    let outcome = run_to_end(&mut rt);
    assert!(
        outcome == Outcome::InstructionLimit || outcome == Outcome::Exited(1),
        "{src}: {outcome:?} {}",
        host.stderr()
    );
    assert!(
        t0.elapsed().as_secs() < 30,
        "{src}: took {:?}",
        t0.elapsed()
    );
}

fn run_to_end(rt: &mut Runtime) -> Outcome {
    loop {
        match rt.run(u64::MAX) {
            Outcome::Budget => {}
            other => return other,
        }
    }
}

const GROWING_LIST: &str = r#"
import stackless
done = []
def bystander():
    for i in range(3):
        stackless.schedule()
    done.append("bystander")
def hog():
    hoard = []
    try:
        while True:
            hoard.append("x" * 1000)
    except MemoryError as e:
        print("hog:", type(e).__name__, e, len(hoard) > 1000)
stackless.tasklet(bystander)()
stackless.tasklet(hog)()
stackless.run()
print(done)
"#;

#[test]
fn an_ever_growing_list_gets_memory_error_and_the_rest_runs_on() {
    let limits = Limits {
        max_memory: Some(32 << 20),
        ..Limits::default()
    };
    assert_eq!(
        output_of(GROWING_LIST, limits),
        "hog: MemoryError the runtime's memory limit (32 MiB) was exceeded True\n['bystander']\n"
    );
}

#[test]
fn memory_stays_usable_after_a_trip_and_a_snapshot_restores() {
    let src = r#"
hoard = []
try:
    while True:
        hoard.append([0] * 100)
except MemoryError:
    print("tripped")
hoard = None
# Freed, but not yet collected: a big allocation right away still works.
assert len(list(range(10**5))) == 10**5
total = 0
for i in range(200000):
    total += len([i] * 10)
print(total)
"#;
    let limits = Limits {
        max_memory: Some(24 << 20),
        ..Limits::default()
    };
    let (mut rt, host) = runtime(src, limits.clone());
    // Run to just after the trip, then carry the runtime across a snapshot.
    while !host.stdout().contains("tripped") {
        assert_eq!(rt.run(1000), Outcome::Budget, "{}", host.stderr());
    }
    let text = rt.snapshot().expect("snapshot after the trip");
    let host2 = CaptureHost::new();
    let mut rt2 = Runtime::restore(&text, Box::new(host2.clone())).expect("restores");
    rt2.set_limits(limits);
    assert_eq!(
        run_to_end(&mut rt2),
        Outcome::Exited(0),
        "{}",
        host2.stderr()
    );
    assert_eq!(host2.stdout(), "2000000\n");
}

#[test]
fn one_huge_object_is_refused_at_once() {
    let src = r#"
for make in (lambda: "x" * 10**12, lambda: [None] * 10**12, lambda: "a".ljust(10**12),
             lambda: format(1, "1000000000000"), lambda: list(range(10**12)),
             lambda: "-".join(["y" * 1000] * 10**7), lambda: 7 ** (10**11)):
    try:
        make()
        print("made it?")
    except MemoryError:
        print("MemoryError")
print("x" * 10)
"#;
    // No limit set: an object beyond what any machine could hold still
    // raises MemoryError instead of aborting the process.
    assert_eq!(
        output_of(src, Limits::default()),
        "MemoryError\n".repeat(7) + "xxxxxxxxxx\n"
    );
    // With a memory limit, an object that would not fit is refused too.
    let limits = Limits {
        max_memory: Some(8 << 20),
        ..Limits::default()
    };
    let src = r#"
import json
def doubling(n):
    a = [1]
    for _ in range(n):
        a = [a, a]
    return a
big = "z" * (3 << 20)
for make in (lambda: "x" * (16 << 20), lambda: big + big + big, lambda: json.dumps(doubling(40)),
             lambda: repr(doubling(40)), lambda: str(doubling(40))):
    try:
        make()
        print("made it?")
    except MemoryError:
        print("refused")
print(len("x" * (1 << 20)))
"#;
    assert_eq!(output_of(src, limits), "refused\n".repeat(5) + "1048576\n");
}

#[test]
fn object_size_limit_applies_to_strings_and_lists() {
    let limits = Limits {
        max_object_bytes: Some(1 << 16),
        ..Limits::default()
    };
    let src = "for n in (1000, 100000):\n    for make in (lambda: 'x' * n, lambda: [0] * n):\n        try:\n            print(len(make()))\n        except MemoryError:\n            print('too big')\n";
    assert_eq!(output_of(src, limits), "1000\n1000\ntoo big\ntoo big\n");
}

#[test]
fn spawning_tasklets_forever_raises_in_the_spawner() {
    let src = r#"
import stackless
ch = stackless.channel()
def waiter():
    ch.receive()
n = 0
try:
    while True:
        stackless.tasklet(waiter)()
        stackless.schedule()
        n += 1
except RuntimeError as e:
    print(e, n >= 99, n <= 100)
# Finished tasklets do not count: free the waiters and make more.
while ch.balance < 0:
    ch.send(None)
for i in range(500):
    stackless.tasklet(lambda: None)()
    stackless.run()
print("ok")
"#;
    let limits = Limits {
        max_tasklets: Some(100),
        ..Limits::default()
    };
    assert_eq!(
        output_of(src, limits),
        "the runtime's tasklet limit (100) was exceeded True True\nok\n"
    );
}

#[test]
fn recursing_forever_stops_at_the_hosts_depth() {
    let src = r#"
import sys
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print(e, depth < 2000)
"#;
    let limits = Limits {
        max_recursion: Some(2000),
        ..Limits::default()
    };
    assert_eq!(
        output_of(src, limits),
        "2000\nmaximum recursion depth exceeded True\n"
    );
}

#[test]
fn the_instruction_limit_pauses_and_the_host_decides() {
    let src = "i = 0\nwhile i < 100000:\n    i += 1\nprint(i)\n";
    let limits = Limits {
        max_instructions: Some(50_000),
        ..Limits::default()
    };
    let (mut rt, host) = runtime(src, limits.clone());
    assert_eq!(run_to_end(&mut rt), Outcome::InstructionLimit);
    assert_eq!(rt.instructions(), 50_000);
    assert_eq!(rt.run(10), Outcome::InstructionLimit, "stays paused");
    // Nothing was unwound: a snapshot carries the paused program on.
    let text = rt.snapshot().expect("snapshot at the limit");
    let host2 = CaptureHost::new();
    let mut rt2 = Runtime::restore(&text, Box::new(host2.clone())).expect("restores");
    assert_eq!(run_to_end(&mut rt2), Outcome::Exited(0));
    assert_eq!(host2.stdout(), "100000\n");
    // Or the host raises the limit and the same runtime goes on.
    rt.set_limits(Limits {
        max_instructions: None,
        ..limits
    });
    assert_eq!(run_to_end(&mut rt), Outcome::Exited(0));
    assert_eq!(host.stdout(), "100000\n");
}

#[test]
fn an_infinite_loop_cannot_catch_its_way_past_the_instruction_limit() {
    let src = "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n";
    let limits = Limits {
        max_instructions: Some(10_000),
        ..Limits::default()
    };
    let (mut rt, _host) = runtime(src, limits);
    assert_eq!(run_to_end(&mut rt), Outcome::InstructionLimit);
}

#[test]
fn builtins_over_huge_ranges_stay_interruptible() {
    // Each of these would run for hours inside one instruction if the
    // builtin walked the range natively; the budget must still bite.
    for src in [
        "print(sum(range(10**12)))",
        "print(max(range(10**12)))",
        "print(len(list(range(10**12))))",
        "print(sorted(range(10**12))[0])",
        "print(any(range(0, 10**12, -1)) or all(range(1, 10**12)))",
        "print(sum(iter(range(10**12))))",
    ] {
        let limits = Limits {
            max_instructions: Some(200_000),
            max_memory: Some(64 << 20),
            ..Limits::default()
        };
        stops_soon(src, limits);
    }
}

#[test]
fn exponential_reprs_stay_interruptible() {
    // Each level doubles the text: the repr stops with MemoryError at what
    // the memory limit allows instead of building terabytes.
    let src = "a = [1]\nfor _ in range(60):\n    a = [a, a]\nprint(len(repr(a)))\n";
    let limits = Limits {
        max_instructions: Some(2_000_000),
        max_memory: Some(64 << 20),
        ..Limits::default()
    };
    stops_soon(src, limits);
}

#[test]
fn huge_powers_are_refused_but_powers_of_two_are_shifts() {
    // Found by the source soak: a mutant computing a power of hundreds of
    // megabits spent its whole time inside one `**`.
    let src = "try:\n    3 ** (10**8)\nexcept MemoryError:\n    print('refused')\nprint((2 ** (2**26)).bit_length(), (-2) ** 3, 7 ** 5)\n";
    assert_eq!(
        output_of(src, Limits::default()),
        "refused\n67108865 -8 16807\n"
    );
}

/// One instruction may not run for minutes, where no budget or watchdog can
/// stop it (found by the source soak: a product of two huge ints): as `**`
/// already does, a product over 64 Mbit and a long division costing more
/// than ~2**32 word operations raise MemoryError; a product with ±2**k is a
/// shift and still works at any size.
#[test]
fn huge_int_products_and_divisions_raise_memory_error() {
    let src = "big = 1 << 80_000_000\n\
               print((big * 3).bit_length(), (-big * 5) < 0, (5 * -big) < 0, big * -1 == -big)\n\
               x = (1 << 40_000_000) + 1\n\
               for what, f in [('square', lambda: x * x), ('div', lambda: (big + 1) // (x + 7)),\n\
                               ('mod', lambda: (big + 1) % (x + 7))]:\n\
               \x20   try:\n\
               \x20       f()\n\
               \x20       print(what, 'computed')\n\
               \x20   except MemoryError:\n\
               \x20       print(what, 'MemoryError')\n\
               print((big + 5) % 7, (x * 3) % 1000)  # 2 131, as CPython\n";
    assert_eq!(
        output_of(src, Limits::default()),
        "80000002 True True True\nsquare MemoryError\ndiv MemoryError\nmod MemoryError\n2 131\n"
    );
}
