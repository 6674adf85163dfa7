//! Scale: a million tasklets blocked on channels at the same time, all
//! woken and finished, through the public `Runtime` API.

use weft::{CaptureHost, Runtime};

#[test]
fn a_million_blocked_tasklets_work() {
    let source = r#"
import stackless
N = 1000000
def link(inp, out):
    out.send(inp.receive() + 1)
first = stackless.channel()
inp = first
for i in range(N):
    out = stackless.channel()
    stackless.tasklet(link)(inp, out)
    inp = out
stackless.run()
print("runnable while blocked:", stackless.getruncount())
stackless.tasklet(first.send)(0)
print("result:", inp.receive())
"#;
    let host = CaptureHost::new();
    let mut rt = Runtime::new(Box::new(host.clone()));
    rt.load_main(source, "ring.py").expect("compiles");
    assert_eq!(rt.run_to_end(), 0, "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "runnable while blocked: 1\nresult: 1000000\n"
    );
}
