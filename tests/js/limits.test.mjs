// Resource limits from JavaScript (`Runtime.create({ limits })`,
// `rt.setLimits`): each trips cleanly, the runtime stays usable, a snapshot
// taken after a trip restores with the limits kept, bad values are refused;
// a snapshot taken just before a failing host call restores and continues.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collecting } from './util.mjs';

test('an ever-growing list gets MemoryError and the program goes on', async () => {
  const rt = await collecting({ limits: { maxMemory: 16 * 1024 * 1024 } });
  rt.exec(
    'l = []\ntry:\n    while True:\n        l.append([0] * 50)\nexcept MemoryError as e:\n    print(type(e).__name__, e)\nl = None\nprint(sum(range(10**5)))\n',
  );
  const r = await rt.runUntilIdle();
  assert.equal(r.status, 'idle');
  assert.equal(rt.out(), "MemoryError the runtime's memory limit (16 MiB) was exceeded\n4999950000\n");
});

test('spawning tasklets forever raises RuntimeError in the spawner', async () => {
  const rt = await collecting({ limits: { maxTasklets: 200 } });
  rt.exec('import stackless\nwhile True:\n    stackless.tasklet(stackless.schedule)()\n');
  await assert.rejects(rt.runUntilIdle(), (e) => {
    assert.equal(e.pythonType, 'RuntimeError');
    assert.match(e.traceback, /tasklet limit \(200\) was exceeded/);
    return true;
  });
});

test('recursion stops at the host cap whatever the program asks', async () => {
  const rt = await collecting({ limits: { maxRecursion: 300 } });
  rt.exec(
    'import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print("RecursionError")\n',
  );
  await rt.runUntilIdle();
  assert.equal(rt.out(), '300\nRecursionError\n');
});

test("'x' * 10**12 raises MemoryError even without limits", async () => {
  const rt = await collecting();
  rt.exec("try:\n    'x' * 10**12\nexcept MemoryError:\n    print('refused')\nprint('still here')\n");
  await rt.runUntilIdle();
  assert.equal(rt.out(), 'refused\nstill here\n');
});

test('the instruction limit pauses; a snapshot restores with the limits and can be raised', async () => {
  const rt = await collecting({ limits: { maxInstructions: 20000 } });
  rt.exec('i = 0\nwhile i < 50000:\n    i += 1\nprint(i)\n');
  assert.deepEqual(await rt.runUntilIdle(), { status: 'limit' });
  assert.equal(rt.instructions, 20000);
  assert.deepEqual(rt.run(), { status: 'limit' }, 'stays paused');
  const text = rt.snapshot();
  const { weft } = await import('./util.mjs');
  let out = '';
  const again = await weft.Runtime.restore(text, { stdout: (t) => (out += t), limits: { maxInstructions: 1000 } });
  assert.deepEqual(again.run(), { status: 'limit' }, 'the restored runtime keeps its limits');
  again.setLimits({ maxInstructions: null });
  assert.equal((await again.runUntilIdle()).status, 'idle');
  assert.equal(out, '50000\n');
  rt.setLimits({});
  assert.equal((await rt.runUntilIdle()).status, 'idle');
  assert.equal(rt.out(), '50000\n');
});

test('bad limits are refused with a TypeError naming them', async () => {
  const { weft } = await import('./util.mjs');
  const bad = [
    [{ maxMemory: -1 }, /limits\.maxMemory must be a non-negative integer/],
    [{ maxTasklets: 1.5 }, /limits\.maxTasklets/],
    [{ maxInstructions: '10' }, /limits\.maxInstructions/],
    [{ maxWhatever: 1 }, /unknown option 'maxWhatever'/],
    ['lots', /options must be an object/],
  ];
  for (const [limits, message] of bad) {
    await assert.rejects(weft.Runtime.create({ limits }), (e) => e instanceof TypeError && message.test(e.message));
  }
  const rt = await collecting();
  assert.throws(() => rt.setLimits({ maxRecursion: NaN }), /limits\.maxRecursion/);
  rt.exec('print("usable")');
  await rt.runUntilIdle();
  assert.equal(rt.out(), 'usable\n');
});

test('a snapshot taken just before a failing host call restores and continues', async () => {
  const { weft } = await import('./util.mjs');
  const program = `import web, stackless
def worker(name):
    for i in range(3):
        print(name, i)
        stackless.schedule()
def caller():
    try:
        web.fail()
    except RuntimeError as e:
        print("caller caught:", e)
stackless.tasklet(worker)("w")
stackless.tasklet(caller)()
stackless.run()
print("end")
`;
  let calls = 0;
  const options = (sink) => ({
    stdout: sink,
    // Thrown synchronously, so the interleaving does not depend on when
    // a Promise settles.
    hostFunctions: {
      web: {
        fail: () => {
          calls++;
          throw new Error('host down');
        },
      },
    },
  });
  // Reference run, one instruction at a time, to find the step of the call.
  let reference = '';
  const ref = await weft.Runtime.create(options((t) => (reference += t)));
  ref.exec(program);
  let step = 0;
  while (calls === 0) {
    assert.equal(ref.run({ budget: 1 }).status, 'budget');
    step++;
  }
  await ref.runUntilIdle();
  assert.match(reference, /^w 0\n.*caller caught: host down\n.*end\n$/s);
  // Stop one instruction before the call, snapshot, continue elsewhere.
  let first = '';
  const rt = await weft.Runtime.create(options((t) => (first += t)));
  rt.exec(program);
  assert.equal(rt.run({ budget: step - 1 }).status, 'budget');
  const text = rt.snapshot();
  rt.close();
  let second = '';
  const again = await weft.Runtime.restore(text, options((t) => (second += t)));
  await again.runUntilIdle();
  assert.equal(first + second, reference);
});

test('a recursion limit of 0 is taken as 1, and snapshots still restore', async () => {
  const { weft } = await import('./util.mjs');
  const rt = await collecting({ limits: { maxRecursion: 0 } });
  rt.exec('import sys\nx = sys.getrecursionlimit()\nprint(x)\n');
  await rt.runUntilIdle();
  assert.equal(rt.out(), '1\n');
  rt.exec('y = 2\nfor i in range(100):\n    pass\nprint(y)\n');
  rt.run({ budget: 10 });
  const again = await weft.Runtime.restore(rt.snapshot(), { stdout: () => {} });
  assert.equal((await again.runUntilIdle()).status, 'idle');
});
