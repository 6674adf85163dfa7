//! `Runtime::tasklets()` and `Runtime::channels()`: states, what blocked
//! tasklets wait on, frames and locals, and the bounded builtin-only repr.

use weft::introspect::{Direction, TaskletInfo, TaskletState};
use weft::{CaptureHost, Outcome, Runtime};

const PROGRAM: &str = r#"
import stackless, time

ch = stackless.channel()

def receiver(tag):
    data = [1, 'two', (3.0,), {'k': None}]
    got = ch.receive()
    print(tag, got)

def sleeper():
    time.sleep(1000)

class Evil:
    def __repr__(self):
        while True:
            pass

def holder():
    big = list(range(100000))
    cyc = []
    cyc.append(cyc)
    evil = Evil()
    text = 'x' * 10000
    stackless.schedule_remove()

done = stackless.tasklet(lambda: None)()
r1 = stackless.tasklet(receiver)('r1')
r2 = stackless.tasklet(receiver)('r2')
s = stackless.tasklet(sleeper)()
h = stackless.tasklet(holder)()
stackless.schedule()
later = stackless.tasklet(receiver)('later')
n = 0
while True:
    n += 1
"#;

fn started() -> Runtime {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(PROGRAM, "prog.py").expect("compiles");
    assert_eq!(
        rt.run(200_000),
        Outcome::Budget,
        "stderr: {}",
        host.stderr()
    );
    rt
}

fn by_first_local<'a>(ts: &'a [TaskletInfo], value: &str) -> &'a TaskletInfo {
    ts.iter()
        .find(|t| {
            t.frames
                .last()
                .is_some_and(|f| f.locals.iter().any(|l| l.repr == value))
        })
        .unwrap_or_else(|| panic!("no tasklet with a local {value}: {ts:#?}"))
}

fn local<'a>(t: &'a TaskletInfo, name: &str) -> &'a str {
    let f = t.frames.last().expect("has frames");
    &f.locals
        .iter()
        .find(|l| l.name == name)
        .unwrap_or_else(|| panic!("no local {name} in {f:#?}"))
        .repr
}

#[test]
fn states_and_blocked_on() {
    let rt = started();
    let ts = rt.tasklets();
    let main: Vec<_> = ts.iter().filter(|t| t.main).collect();
    assert_eq!(main.len(), 1);
    assert_eq!(main[0].state, TaskletState::Running);
    assert_eq!(main[0].frames.len(), 1);
    assert_eq!(main[0].frames[0].function, "<module>");
    assert_eq!(main[0].frames[0].filename, "prog.py");
    assert!(
        (34..=36).contains(&main[0].frames[0].line),
        "{:?}",
        main[0].frames[0]
    );

    let r1 = by_first_local(&ts, "'r1'");
    let r2 = by_first_local(&ts, "'r2'");
    for r in [r1, r2] {
        assert_eq!(r.state, TaskletState::Blocked);
        let b = r.blocked_on.as_ref().expect("blocked on the channel");
        assert_eq!(b.direction, Direction::Receive);
        assert_eq!(r.frames.last().unwrap().function, "receiver");
        assert_eq!(r.frames.last().unwrap().line, 8);
        assert_eq!(local(r, "data"), "[1, 'two', (3.0,), {'k': None}]");
    }

    let chans = rt.channels();
    assert_eq!(chans.len(), 1);
    let ch = &chans[0];
    assert_eq!(ch.balance, -2);
    assert_eq!(ch.queue, vec![r1.id, r2.id]);
    assert_eq!(ch.preference, -1);
    assert!(!ch.closing && !ch.closed);
    assert_eq!(r1.blocked_on.as_ref().unwrap().channel, ch.id);

    let sleeping: Vec<_> = ts
        .iter()
        .filter(|t| t.state == TaskletState::Sleeping)
        .collect();
    assert_eq!(sleeping.len(), 1);
    assert_eq!(sleeping[0].frames.last().unwrap().function, "sleeper");

    // `later` is bound and scheduled but has not run yet.
    let runnable: Vec<_> = ts
        .iter()
        .filter(|t| t.state == TaskletState::Runnable)
        .collect();
    assert_eq!(runnable.len(), 1, "{runnable:#?}");
    assert!(runnable[0].blocked_on.is_none());
    // The holder removed itself; the lambda tasklet finished.
    assert_eq!(
        ts.iter()
            .filter(|t| t.state == TaskletState::Paused)
            .count(),
        1
    );
    assert!(ts.iter().any(|t| t.state == TaskletState::Finished));
}

#[test]
fn locals_are_bounded_and_run_no_python() {
    let rt = started();
    let ts = rt.tasklets();
    let h = ts
        .iter()
        .find(|t| t.frames.last().is_some_and(|f| f.function == "holder"))
        .expect("holder tasklet");
    let big = local(h, "big");
    assert!(big.starts_with("[0, 1, 2, 3"), "{big}");
    assert!(big.len() <= weft::introspect::MAX_REPR + 3, "{}", big.len());
    assert_eq!(local(h, "cyc"), "[...]");
    let evil = local(h, "evil");
    assert!(evil.starts_with("<Evil object at 0x"), "{evil}");
    let text = local(h, "text");
    assert!(text.starts_with("'xxxx") && text.ends_with("..."), "{text}");
    assert!(text.chars().count() <= weft::introspect::MAX_REPR + 3);
}

#[test]
fn module_frame_shows_globals_and_updates() {
    let mut rt = started();
    let before: i64 = local(rt.tasklets().iter().find(|t| t.main).unwrap(), "n")
        .parse()
        .unwrap();
    assert_eq!(rt.run(10_000), Outcome::Budget);
    let ts = rt.tasklets();
    let main = ts.iter().find(|t| t.main).unwrap();
    let after: i64 = local(main, "n").parse().unwrap();
    assert!(after > before, "{before} -> {after}");
    assert!(local(main, "ch").starts_with("<stackless.channel "));
    assert!(!main.frames[0].locals.iter().any(|l| l.name == "__name__"));
}

#[test]
fn serializes_with_camel_case_fields() {
    let rt = started();
    let v = serde_json::to_value(rt.tasklets()).unwrap();
    let blocked = v
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["state"] == "blocked")
        .expect("a blocked tasklet");
    assert_eq!(blocked["blockedOn"]["direction"], "receive");
    assert_eq!(blocked["main"], false);
    let c = serde_json::to_value(rt.channels()).unwrap();
    assert_eq!(c[0]["balance"], -2);
    assert_eq!(c[0]["scheduleAll"], false);
}

#[test]
fn channel_closing_and_sender_direction() {
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(
        r#"
import stackless
a = stackless.channel()
a.preference = 1
b = stackless.channel()
b.close()
def send():
    a.send(42)
stackless.tasklet(send)()
stackless.schedule()
while True:
    pass
"#,
        "p.py",
    )
    .unwrap();
    assert_eq!(rt.run(50_000), Outcome::Budget, "{}", host.stderr());
    let chans = rt.channels();
    assert_eq!(chans.len(), 2);
    assert_eq!(chans[0].balance, 1);
    assert_eq!(chans[0].preference, 1);
    assert!(chans[1].closing && chans[1].closed);
    let sender = rt
        .tasklets()
        .into_iter()
        .find(|t| t.state == TaskletState::Blocked)
        .unwrap();
    assert_eq!(sender.blocked_on.unwrap().direction, Direction::Send);
    assert_eq!(chans[0].queue, vec![sender.id]);
}
