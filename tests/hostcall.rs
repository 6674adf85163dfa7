//! Host functions (sync, pending, failing; argument conversion; many
//! tasklets at once; snapshots refuse a pending call) and channels shared
//! with the host, through the Rust API with a scripted host.

use std::cell::RefCell;
use std::rc::Rc;
use weft::host::{Host, HostError, HostReply, HostValue};
use weft::introspect::TaskletState;
use weft::{CaptureHost, Outcome, Runtime};

/// Calls the host saw and left pending: (id, "module.function", args).
type Pending = Rc<RefCell<Vec<(u64, String, Vec<HostValue>)>>>;

/// `m.echo(*args)` returns its arguments as a tuple; `m.fail()` raises;
/// every function of module `slow` stays pending until the test completes it.
struct TestHost {
    out: CaptureHost,
    pending: Pending,
    next: u64,
}

impl Host for TestHost {
    fn write_stdout(&mut self, s: &str) {
        self.out.write_stdout(s)
    }
    fn write_stderr(&mut self, s: &str) {
        self.out.write_stderr(s)
    }
    fn wall_time(&mut self) -> f64 {
        self.out.wall_time()
    }
    fn monotonic(&mut self) -> f64 {
        self.out.monotonic()
    }
    fn read_line(&mut self) -> Option<String> {
        None
    }
    fn source_line(&self, f: &str, l: u32) -> Option<String> {
        self.out.source_line(f, l)
    }
    fn add_source(&mut self, f: &str, s: &str) {
        self.out.add_source(f, s)
    }
    fn sleep(&mut self, secs: f64) {
        self.out.sleep(secs)
    }
    fn call(&mut self, module: &str, function: &str, args: Vec<HostValue>) -> HostReply {
        match (module, function) {
            ("m", "echo") => HostReply::Done(Ok(HostValue::Tuple(args))),
            ("m", "fail") => HostReply::Done(Err(HostError::runtime("it failed in the host"))),
            ("slow", _) => {
                self.next += 1;
                self.pending
                    .borrow_mut()
                    .push((self.next, format!("{module}.{function}"), args));
                HostReply::Pending(self.next)
            }
            _ => HostReply::Done(Err(HostError::runtime("no such function"))),
        }
    }
}

fn runtime(src: &str) -> (Runtime, CaptureHost, Pending) {
    let out = CaptureHost::new();
    let pending: Pending = Rc::default();
    let host = TestHost {
        out: out.clone(),
        pending: pending.clone(),
        next: 0,
    };
    let mut rt = Runtime::new(Box::new(host));
    rt.add_host_module("m", &["echo".into(), "fail".into()])
        .unwrap();
    rt.add_host_module("slow", &["fetch".into()]).unwrap();
    rt.load_main(src, "prog.py").expect("compiles");
    (rt, out, pending)
}

#[test]
fn sync_calls_convert_values_both_ways() {
    let (mut rt, out, _) = runtime(
        r#"
import m
r = m.echo(None, True, 7, 10**30, -2.5, float('inf'), 'héllo', [1, [2]], (3,), {'k': (1, 'v'), 4: None})
print(r)
print(type(r[3]).__name__, type(r[4]).__name__, type(r[8]).__name__)
try:
    m.fail()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in [{1, 2}, object(), [1, {2}], b'x']:
    try:
        m.echo(1, bad)
    except TypeError as e:
        print('TypeError:', e)
cyc = []
cyc.append(cyc)
try:
    m.echo(cyc)
except TypeError as e:
    print('TypeError:', str(e)[:66])
try:
    m.echo(x=1)
except TypeError as e:
    print('kw refused')
"#,
    );
    assert_eq!(rt.run_to_end(), 0, "{}", out.stderr());
    assert_eq!(
        out.stdout(),
        "(None, True, 7, 1000000000000000000000000000000, -2.5, inf, 'héllo', [1, [2]], (3,), {'k': (1, 'v'), 4: None})\n\
         int float tuple\n\
         RuntimeError: it failed in the host\n\
         TypeError: m.echo() argument 2: cannot pass a 'set' to the host (only None, bool, int, float, str, list, tuple and dict)\n\
         TypeError: m.echo() argument 2: cannot pass a 'object' to the host (only None, bool, int, float, str, list, tuple and dict)\n\
         TypeError: m.echo() argument 2: cannot pass a 'set' to the host (only None, bool, int, float, str, list, tuple and dict)\n\
         TypeError: m.echo() argument 2: cannot pass a 'bytes' to the host (only None, bool, int, float, str, list, tuple and dict)\n\
         TypeError: m.echo() argument 1: cannot pass a value nested more than 100 deep\n\
         kw refused\n"
    );
}

const CONCURRENT: &str = r#"
import stackless, slow

def worker(name):
    try:
        print(name, 'got', slow.fetch(name))
    except RuntimeError as e:
        print(name, 'failed:', e)

def ticker():
    for i in range(3):
        print('tick', i)
        stackless.schedule()

stackless.tasklet(worker)('a')
stackless.tasklet(worker)('b')
stackless.tasklet(ticker)()
stackless.run()
print('main done')
"#;

#[test]
fn a_pending_call_blocks_only_its_tasklet() {
    let (mut rt, out, pending) = runtime(CONCURRENT);
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    assert!(rt.waiting_for_host_calls());
    // The ticker ran to its end while both workers waited.
    assert_eq!(out.stdout(), "tick 0\ntick 1\ntick 2\n");
    let calls = pending.borrow().clone();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].1, "slow.fetch");
    assert_eq!(calls[0].2, vec![HostValue::Str("a".into())]);
    let waiting = rt
        .tasklets()
        .into_iter()
        .filter(|t| t.state == TaskletState::HostCall)
        .count();
    assert_eq!(waiting, 2);

    // A snapshot now would lose the host's half of the call: refused.
    let e = rt.snapshot().unwrap_err();
    assert!(e.message.contains("slow.fetch()"), "{e}");
    assert!(e.message.contains("pending host call"), "{e}");

    // The second call fails first; only its tasklet sees the exception.
    assert!(rt.complete_host_call(calls[1].0, Err(HostError::runtime("timed out"))));
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    assert_eq!(
        out.stdout(),
        "tick 0\ntick 1\ntick 2\nb failed: timed out\n"
    );
    assert!(rt.complete_host_call(calls[0].0, Ok(HostValue::List(vec![HostValue::Float(0.5)]))));
    assert!(
        !rt.complete_host_call(calls[0].0, Ok(HostValue::None)),
        "delivered once"
    );
    assert_eq!(rt.run(1_000_000), Outcome::Exited(0), "{}", out.stderr());
    assert_eq!(
        out.stdout(),
        "tick 0\ntick 1\ntick 2\nb failed: timed out\na got [0.5]\nmain done\n"
    );
}

#[test]
fn main_waiting_alone_for_a_host_call_is_not_a_deadlock() {
    let (mut rt, out, pending) = runtime("import slow\nprint(slow.fetch(1, 2) + 1)\n");
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    let id = pending.borrow()[0].0;
    assert_eq!(pending.borrow()[0].2.len(), 2);
    rt.complete_host_call(id, Ok(HostValue::Int(41.into())));
    assert_eq!(rt.run(1_000_000), Outcome::Exited(0), "{}", out.stderr());
    assert_eq!(out.stdout(), "42\n");
}

#[test]
fn many_tasklets_call_at_once() {
    let (mut rt, out, pending) = runtime(
        r#"
import stackless, slow
results = []
def worker(i):
    results.append(slow.fetch(i) * 2)
for i in range(200):
    stackless.tasklet(worker)(i)
stackless.run()
print(len(results), sum(results))
"#,
    );
    assert_eq!(rt.run(10_000_000), Outcome::Waiting { timeout: None });
    let calls = pending.borrow().clone();
    assert_eq!(calls.len(), 200);
    // Answer in reverse order, running a little in between.
    for (id, _, args) in calls.iter().rev() {
        rt.complete_host_call(*id, Ok(args[0].clone()));
        assert!(matches!(
            rt.run(100),
            Outcome::Waiting { .. } | Outcome::Budget | Outcome::Exited(0)
        ));
    }
    assert_eq!(rt.run_to_end(), 0, "{}", out.stderr());
    assert_eq!(out.stdout(), format!("200 {}\n", (0..200).sum::<i64>() * 2));
}

#[test]
fn a_killed_waiter_drops_its_result() {
    let (mut rt, out, pending) = runtime(
        r#"
import stackless, slow
def worker():
    try:
        slow.fetch()
    finally:
        print('worker unwound')
t = stackless.tasklet(worker)()
stackless.schedule()
t.kill()
print('alive', t.alive)
"#,
    );
    assert_eq!(rt.run(1_000_000), Outcome::Exited(0), "{}", out.stderr());
    assert_eq!(out.stdout(), "worker unwound\nalive False\n");
    let id = pending.borrow()[0].0;
    assert!(!rt.complete_host_call(id, Ok(HostValue::None)));
}

#[test]
fn bad_host_module_names_are_refused() {
    let (mut rt, _, _) = runtime("pass\n");
    assert!(rt.add_host_module("not-a-name", &[]).is_err());
    assert!(rt.add_host_module("ok", &["1bad".into()]).is_err());
    assert!(rt.add_host_module("ok", &["__init__".into()]).is_err());
}

#[test]
fn shared_channel_between_host_and_python() {
    let (mut rt, out, _) = runtime(
        r#"
import weft_channels
ch = weft_channels.ticks
total = 0
while True:
    v = ch.receive()
    if v is None:
        break
    total += v
    print('got', v)
weft_channels.ticks.send(('total', total))
print('bye')
"#,
    );
    let id = rt.channel("ticks").unwrap();
    assert!(rt.channel("bad name").is_err());
    // main blocks on the shared channel: the host may still send.
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    assert!(rt.waiting_for_host_calls());
    let chans = rt.channels();
    assert_eq!(chans.iter().find(|c| c.id == id).unwrap().balance, -1);

    let a = rt.channel_send("ticks", HostValue::Int(5.into())).unwrap();
    let b = rt.channel_send("ticks", HostValue::Int(6.into())).unwrap();
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    assert_eq!(out.stdout(), "got 5\ngot 6\n");
    let done = rt.take_channel_results();
    assert_eq!(
        done,
        vec![(a, Ok(HostValue::None)), (b, Ok(HostValue::None))]
    );

    // A snapshot carries the shared channel; the restored runtime shares it.
    let text = rt.snapshot().unwrap();
    let out2 = CaptureHost::new();
    let mut rt2 = Runtime::restore(&text, Box::new(out2.clone())).unwrap();
    assert_eq!(rt2.run(1_000_000), Outcome::Waiting { timeout: None });
    rt2.channel_send("ticks", HostValue::None).unwrap();
    let r = rt2.channel_receive("ticks").unwrap();
    assert_eq!(rt2.run(1_000_000), Outcome::Exited(0), "{}", out2.stderr());
    assert_eq!(out2.stdout(), "bye\n");
    let done = rt2.take_channel_results();
    assert_eq!(done.len(), 2);
    assert_eq!(
        done.iter().find(|d| d.0 == r).unwrap(),
        &(
            r,
            Ok(HostValue::Tuple(vec![
                HostValue::Str("total".into()),
                HostValue::Int(11.into())
            ]))
        )
    );
    assert!(
        rt2.channel_send("ticks", HostValue::None).is_err(),
        "finished"
    );
}

#[test]
fn host_receive_of_an_unconvertible_value_and_pending_ops_refuse_snapshots() {
    let (mut rt, out, _) = runtime(
        r#"
import weft_channels
weft_channels.c.send({1, 2})
weft_channels.c.send('fine')
weft_channels.c.receive()
"#,
    );
    rt.channel("c").unwrap();
    let first = rt.channel_receive("c").unwrap();
    let second = rt.channel_receive("c").unwrap();
    assert_eq!(
        rt.run(1_000_000),
        Outcome::Waiting { timeout: None },
        "{}",
        out.stderr()
    );
    let done = rt.take_channel_results();
    assert_eq!(done.len(), 2);
    assert_eq!(done[0].0, first);
    let e = done[0].1.clone().unwrap_err();
    assert_eq!(e.kind, "TypeError");
    assert!(e.message.contains("'set'"), "{e:?}");
    assert_eq!(done[1], (second, Ok(HostValue::Str("fine".into()))));
    // main now waits to receive; a host send still running blocks snapshots.
    let _ = rt.channel_receive("c").unwrap();
    let e = rt.snapshot().unwrap_err();
    assert!(e.message.contains("shared channel c"), "{e}");
}

#[test]
fn pickling_a_tasklet_in_a_host_call_raises_pickling_error() {
    let (mut rt, out, _) = runtime(
        r#"
import stackless, slow, pickle
def worker():
    slow.fetch()
t = stackless.tasklet(worker)()
stackless.schedule()
try:
    pickle.dumps(t)
except pickle.PicklingError as e:
    print('PicklingError:', 'slow.fetch()' in str(e), 'pending host call' in str(e))
"#,
    );
    assert_eq!(rt.run(1_000_000), Outcome::Exited(0), "{}", out.stderr());
    assert_eq!(out.stdout(), "PicklingError: True True\n");
}

#[test]
fn host_operations_at_the_end_of_the_program() {
    let (mut rt, out, _) = runtime("import weft_channels\nprint(weft_channels.c.receive())\n");
    rt.channel("c").unwrap();
    assert_eq!(rt.run(1_000_000), Outcome::Waiting { timeout: None });
    // main takes the value and ends before the sending helper runs again:
    // the send happened, so it succeeded; a receive nobody served failed.
    let sent = rt.channel_send("c", HostValue::Str("v".into())).unwrap();
    let unserved = rt.channel_receive("c").unwrap();
    assert_eq!(rt.run(1_000_000), Outcome::Exited(0), "{}", out.stderr());
    assert_eq!(out.stdout(), "v\n");
    let mut done = rt.take_channel_results();
    done.sort_by_key(|d| d.0);
    assert_eq!(done[0], (sent, Ok(HostValue::None)));
    assert_eq!(done[1].0, unserved);
    let e = done[1].1.clone().unwrap_err();
    assert!(e.message.contains("ended before"), "{e:?}");
    assert!(rt.channel_receive("c").is_err());
}
