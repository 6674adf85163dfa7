// Snapshots from JavaScript (`rt.snapshot()`, `Runtime.restore`), across to
// and from the native CLI, damaged text, and the introspection calls
// (`rt.tasklets()`, `rt.channels()`, `rt.instructions`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, weft, collecting } from './util.mjs';

const { Runtime, WeftSnapshotError } = weft;
const NATIVE = process.env.WEFT_NATIVE ? path.resolve(process.env.WEFT_NATIVE) : path.join(ROOT, 'target', 'debug', 'weft');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-snap-'));

const PROGRAM = `
import stackless
ch = stackless.channel()
def producer(n):
    for i in range(n):
        ch.send(i * i)
    ch.send(None)
def consumer():
    total = 0
    while True:
        v = ch.receive()
        if v is None:
            break
        total += v
        if v % 7 == 0:
            print('seen', v)
    print('total', total)
stackless.tasklet(producer)(200)
stackless.tasklet(consumer)()
stackless.run()
words = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
`;

async function uninterrupted() {
  const rt = await collecting();
  rt.exec(PROGRAM, { filename: 'prog.py' });
  await rt.runUntilIdle();
  return { out: rt.out(), total: rt.instructions };
}

test('snapshot, restore, continue: the same output as an uninterrupted run', async () => {
  const whole = await uninterrupted();
  assert.ok(whole.total > 1000, `${whole.total}`);
  for (const at of [1, 137, Math.floor(whole.total / 2), whole.total - 3]) {
    const a = await collecting();
    a.exec(PROGRAM, { filename: 'prog.py' });
    const r = a.run({ budget: at });
    assert.equal(r.status, 'budget');
    assert.equal(a.instructions, at, 'instructions count the program only');
    const text = a.snapshot();
    assert.equal(typeof text, 'string');
    JSON.parse(text);
    let rest = '';
    const b = await Runtime.restore(text, { stdout: (t) => (rest += t) });
    assert.equal(b.instructions, 0, 'counted from the restore');
    const done = await b.runUntilIdle();
    assert.equal(done.exitCode, 0);
    assert.equal(a.out() + rest, whole.out, `split at ${at}`);
    // The original runtime is untouched by the snapshot and finishes too.
    await a.runUntilIdle();
    assert.equal(a.out(), whole.out);
  }
});

test('snapshots refuse what cannot be saved, and the runtime stays usable', async () => {
  const rt = await collecting();
  assert.throws(() => rt.snapshot(), WeftSnapshotError);
  rt.exec('print(1)');
  await rt.runUntilIdle();
  assert.throws(() => rt.snapshot(), (e) => e instanceof WeftSnapshotError && /finished/.test(e.message));
  rt.exec('print(2)');
  await rt.runUntilIdle();
  assert.equal(rt.out(), '1\n2\n');
});

test('damaged snapshot text: a clear error, and the module stays usable', async () => {
  const a = await collecting();
  a.exec(PROGRAM, { filename: 'prog.py' });
  a.run({ budget: 500 });
  const text = a.snapshot();
  const damaged = [
    '',
    '{',
    'null',
    text.slice(0, text.length / 2),
    text.replace('"objs":[', '"objs":[["nonsense"],'),
    text.replace(/^\{"weft":\d+/, '{"weft":999'),
    text.replace('"kind":"runtime"', '"kind":"pickle"'),
  ];
  for (const d of damaged) {
    await assert.rejects(Runtime.restore(d, { stdout: null }), (e) => {
      assert.ok(e instanceof WeftSnapshotError, `${e}`);
      assert.match(e.message, /^Runtime\.restore: not a usable snapshot: /);
      assert.ok(e.detail.length > 0);
      return true;
    });
  }
  await assert.rejects(Runtime.restore(42), (e) => e instanceof TypeError && /text must be a string/.test(e.message));
  await assert.rejects(Runtime.restore(text, { colour: 1 }), /unknown option 'colour'/);
  // The runtime the text came from, and a good restore, still work.
  const good = await Runtime.restore(text, { stdout: null });
  assert.equal((await good.runUntilIdle()).exitCode, 0);
  await a.runUntilIdle();
  assert.match(a.out(), /total 2646700/);
});

function native(args) {
  const r = spawnSync(NATIVE, args, { encoding: 'utf8', timeout: 60000 });
  if (r.error) throw r.error;
  return r;
}

test('a snapshot from the native CLI restores in JS, and one from JS resumes natively', async () => {
  assert.ok(fs.existsSync(NATIVE), `the native binary ${NATIVE} (cargo build --release)`);
  const prog = path.join(dir, 'prog.py');
  fs.writeFileSync(prog, PROGRAM);
  const whole = native(['run', prog]);
  assert.equal(whole.status, 0, whole.stderr);

  // Stop points inside the program, whatever its instruction count.
  const probe = await collecting();
  probe.exec(PROGRAM, { filename: prog });
  await probe.runUntilIdle();
  const total = probe.instructions;
  const snap = path.join(dir, 'native.json');
  const first = native(['run', '--snapshot-after', String(Math.floor(total * 0.6)), '--snapshot-file', snap, prog]);
  assert.equal(first.status, 0, first.stderr);
  let rest = '';
  const rt = await Runtime.restore(fs.readFileSync(snap, 'utf8'), { stdout: (t) => (rest += t) });
  assert.equal(rt.instructions, 0);
  await rt.runUntilIdle();
  assert.equal(first.stdout + rest, whole.stdout);

  const js = await collecting();
  js.exec(fs.readFileSync(prog, 'utf8'), { filename: prog });
  assert.equal(js.run({ budget: Math.floor(total * 0.85) }).status, 'budget');
  const jsSnap = path.join(dir, 'js.json');
  fs.writeFileSync(jsSnap, js.snapshot());
  const resumed = native(['resume', jsSnap]);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.equal(js.out() + resumed.stdout, whole.stdout);
});

test('tasklets() and channels() describe the program', async () => {
  const rt = await collecting();
  rt.exec(
    `
import stackless
ch = stackless.channel()
class Evil:
    def __repr__(self):
        while True:
            pass
def waiter(tag):
    data = [tag, 2, (3.5,)]
    me = Evil()
    ch.receive()
stackless.tasklet(waiter)('w1')
stackless.schedule()
n = 0
while True:
    n += 1
`,
    { filename: 'intro.py' },
  );
  assert.equal(rt.run({ budget: 20000 }).status, 'budget');
  const ts = rt.tasklets();
  const main = ts.find((t) => t.main);
  assert.equal(main.state, 'running');
  assert.equal(main.blockedOn, null);
  assert.equal(main.frames[0].function, '<module>');
  assert.equal(main.frames[0].filename, 'intro.py');
  const w = ts.find((t) => t.state === 'blocked');
  assert.deepEqual(Object.keys(w).sort(), ['blockedOn', 'frames', 'id', 'main', 'state']);
  assert.equal(w.blockedOn.direction, 'receive');
  const f = w.frames[w.frames.length - 1];
  assert.equal(f.function, 'waiter');
  assert.equal(f.line, 11);
  const locals = Object.fromEntries(f.locals.map((l) => [l.name, l.repr]));
  assert.equal(locals.tag, "'w1'");
  assert.equal(locals.data, "['w1', 2, (3.5,)]");
  assert.match(locals.me, /^<Evil object at 0x[0-9a-f]+>$/);
  const chans = rt.channels();
  assert.equal(chans.length, 1);
  assert.deepEqual(chans[0], {
    id: w.blockedOn.channel,
    balance: -1,
    queue: [w.id],
    preference: -1,
    scheduleAll: false,
    closing: false,
    closed: false,
  });
  rt.close();
  assert.throws(() => rt.tasklets(), /closed/);
});
