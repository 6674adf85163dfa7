// Host functions (`hostFunctions`: plain, Promise, rejection, conversions,
// bad input, many tasklets at once, snapshots while one is pending) and
// channels shared between JavaScript and Python (`rt.channel(name)`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weft, collecting, runProgram } from './util.mjs';

const { Runtime, WeftSnapshotError, WeftChannelError } = weft;

const later = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));

test('a plain host function: arguments and results converted both ways', async () => {
  const seen = [];
  const echo = (...args) => {
    seen.push(args);
    return args;
  };
  const r = await runProgram(
    `
import js
r = js.echo(None, True, 7, 2**70, -2.5, float('nan'), 'héllo', [1, [2]], (3,), {'k': (1, 'v')}, {1: 2})
print(r)
print(js.kinds())
`,
    {
      hostFunctions: {
        js: {
          echo,
          kinds: () => [null, undefined, 1, 1.5, 10n ** 20n, 'x', { a: [true] }, new Map([[1, 'one']]), Infinity, -0],
        },
      },
    },
  );
  assert.equal(r.status, 0, r.err);
  assert.equal(
    r.out,
    "[None, True, 7, 1180591620717411303424, -2.5, nan, 'héllo', [1, [2]], [3], {'k': [1, 'v']}, {1: 2}]\n" +
      "[None, None, 1, 1.5, 100000000000000000000, 'x', {'a': [True]}, {1: 'one'}, inf, 0]\n",
  );
  const a = seen[0];
  assert.deepEqual(a.slice(0, 5), [null, true, 7, 2n ** 70n, -2.5]);
  assert.ok(Number.isNaN(a[5]));
  assert.deepEqual(a.slice(6, 10), ['héllo', [1, [2]], [3], { k: [1, 'v'] }]);
  assert.ok(a[10] instanceof Map && a[10].get(1) === 2);
});

test('unsupported values raise TypeError in Python, naming the argument', async () => {
  const r = await runProgram(
    `
import js
for args in [(1, {1, 2}), (b'x',), ([object()],)]:
    try:
        js.f(*args)
    except TypeError as e:
        print('TypeError:', e)
for name in ['fn', 'sym', 'date', 'cyc']:
    try:
        getattr(js, name)()
    except TypeError as e:
        print('TypeError:', e)
try:
    js.f(x=1)
except TypeError:
    print('no keywords')
`,
    {
      hostFunctions: {
        js: {
          f: () => null,
          fn: () => () => 1,
          sym: () => [Symbol('s')],
          date: () => ({ when: new Date(0) }),
          cyc: () => {
            const a = [];
            a.push(a);
            return a;
          },
        },
      },
    },
  );
  assert.equal(r.status, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], "TypeError: js.f() argument 2: cannot pass a 'set' to the host (only None, bool, int, float, str, list, tuple and dict)");
  assert.match(lines[1], /^TypeError: js\.f\(\) argument 1: cannot pass a 'bytes'/);
  assert.match(lines[2], /^TypeError: js\.f\(\) argument 1: cannot pass a 'object'/);
  assert.match(lines[3], /^TypeError: host function js\.fn\(\) returned: cannot pass function to Python/);
  assert.match(lines[4], /^TypeError: host function js\.sym\(\) returned\[0\]: cannot pass symbol/);
  assert.match(lines[5], /^TypeError: host function js\.date\(\) returned\.when: cannot pass an object/);
  assert.match(lines[6], /contains itself/);
  assert.equal(lines[7], 'no keywords');
});

test('a throwing function and a rejected Promise raise RuntimeError in the calling tasklet only', async () => {
  const r = await runProgram(
    `
import js, stackless
def worker(name, f):
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
stackless.tasklet(worker)('a', js.throws)
stackless.tasklet(worker)('b', js.rejects)
stackless.tasklet(worker)('c', js.fine)
stackless.run()
print('main still fine')
`,
    {
      hostFunctions: {
        js: {
          throws: () => {
            throw new Error('thrown in JS');
          },
          rejects: async () => {
            await later(5);
            throw new TypeError('rejected in JS');
          },
          fine: () => later(10, 'ok'),
        },
      },
    },
  );
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, 'a RuntimeError: thrown in JS\nb RuntimeError: rejected in JS\nc ok\nmain still fine\n');
});

test('a pending Promise blocks only its tasklet; others keep running', async () => {
  let resolveIt;
  const rt = await collecting({
    hostFunctions: { js: { wait: () => new Promise((r) => (resolveIt = r)) } },
  });
  rt.exec(`
import js, stackless
def slow():
    print('slow got', js.wait())
def busy():
    for i in range(5):
        print('busy', i)
        stackless.schedule()
stackless.tasklet(slow)()
stackless.tasklet(busy)()
stackless.run()
print('end')
`);
  const r = rt.run();
  assert.deepEqual(r, { status: 'waiting', timeout: null, input: false, host: true });
  assert.equal(rt.out(), 'busy 0\nbusy 1\nbusy 2\nbusy 3\nbusy 4\n');
  assert.equal(rt.tasklets().filter((t) => t.state === 'host_call').length, 1);
  // A pending host call cannot be saved: a clear error, nothing lost.
  assert.throws(() => rt.snapshot(), (e) => e instanceof WeftSnapshotError && /js\.wait\(\).*pending host call/.test(e.message));
  const drive = rt.runUntilIdle();
  await later(5);
  resolveIt({ n: 1 });
  assert.equal((await drive).exitCode, 0);
  assert.equal(rt.out(), "busy 0\nbusy 1\nbusy 2\nbusy 3\nbusy 4\nslow got {'n': 1}\nend\n");
});

test('many tasklets call async host functions concurrently', async () => {
  let inFlight = 0;
  let most = 0;
  const r = await runProgram(
    `
import js, stackless
results = []
def worker(i):
    results.append(js.double(i))
for i in range(300):
    stackless.tasklet(worker)(i)
stackless.run()
print(len(results), sum(results))
`,
    {
      hostFunctions: {
        js: {
          double: async (x) => {
            inFlight++;
            most = Math.max(most, inFlight);
            await later(1 + (x % 7));
            inFlight--;
            return x * 2;
          },
        },
      },
    },
  );
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, `300 ${299 * 300}\n`);
  assert.equal(most, 300, 'all calls were in flight at once');
});

test('bad hostFunctions options throw TypeErrors naming them', async () => {
  const bad = [
    [{ hostFunctions: 5 }, /options\.hostFunctions must be an object/],
    [{ hostFunctions: { 'not-a-name': {} } }, /module name "not-a-name"/],
    [{ hostFunctions: { m: [] } }, /options\.hostFunctions\.m must be an object of functions/],
    [{ hostFunctions: { m: { f: 1 } } }, /options\.hostFunctions\.m\.f must be a function, got number 1/],
    [{ hostFunctions: { m: { __init__: () => 1 } } }, /function name "__init__"/],
  ];
  for (const [o, re] of bad) await assert.rejects(Runtime.create(o), (e) => e instanceof TypeError && re.test(e.message));
});

test('a host module is only there when provided', async () => {
  const r = await runProgram('import nothere\n', { stderr: () => {} });
  assert.equal(r.status, 1);
  assert.equal(r.error.pythonType, 'ModuleNotFoundError');
});

test('a channel shared between JS and Python: await send and receive', async () => {
  const rt = await collecting();
  const ticks = rt.channel('ticks');
  assert.equal(rt.channel('ticks'), ticks, 'one object per name');
  rt.exec(`
import weft_channels
total = 0
while True:
    v = weft_channels.ticks.receive()
    if v is None:
        break
    total += v['n']
    print('got', v)
weft_channels.ticks.send(('total', total))
weft_channels.ticks.send([1.5, None])
`);
  const drive = rt.runUntilIdle();
  for (let i = 1; i <= 3; i++) await ticks.send({ n: i });
  await ticks.send(null);
  assert.deepEqual(await ticks.receive(), ['total', 6]);
  assert.deepEqual(await ticks.receive(), [1.5, null]);
  assert.equal((await drive).exitCode, 0);
  assert.equal(rt.out(), "got {'n': 1}\ngot {'n': 2}\ngot {'n': 3}\n");
  // After the end: operations are refused.
  await assert.rejects(ticks.send(1), /finished/);
});

test('shared channels: errors, bad input, pending operations at the end', async () => {
  const rt = await collecting();
  assert.throws(() => rt.channel('no good'), (e) => e instanceof TypeError && /Runtime\.channel: name must be/.test(e.message));
  assert.throws(() => rt.channel(3), TypeError);
  const c = rt.channel('c');
  await assert.rejects(c.receive(), /no program has been started/);
  rt.exec(`
import weft_channels, stackless
c = weft_channels.c
print('received', c.receive())
c.send({1, 2})
c.close()
stackless.schedule()
`);
  await assert.rejects(c.send(() => 1), (e) => e instanceof TypeError && /Channel\.send: value: cannot pass function/.test(e.message));
  const drive = rt.runUntilIdle();
  await c.send('hello');
  await assert.rejects(c.receive(), (e) => e instanceof WeftChannelError && e.pythonType === 'TypeError' && /'set'/.test(e.message));
  assert.equal((await drive).exitCode, 0);
  assert.equal(rt.out(), "received hello\n");
});

test('a channel operation pending when the program ends is rejected; snapshots refuse pending ones', async () => {
  const rt = await collecting();
  const c = rt.channel('c');
  rt.exec('import weft_channels\nx = 1\n');
  const p = c.receive();
  assert.throws(() => rt.snapshot(), (e) => e instanceof WeftSnapshotError && /shared channel c/.test(e.message));
  await rt.runUntilIdle();
  await assert.rejects(p, /the program ended before the operation completed/);
});

test('close rejects pending channel operations and wakes a drive waiting on them', async () => {
  // Found by fuzz_api.test.mjs: these promises used to stay pending forever.
  const rt = await collecting();
  const c = rt.channel('c');
  rt.exec('import weft_channels\nweft_channels.c.receive()\n');
  const drive = rt.runUntilIdle();
  const p = c.receive();
  await later(20);
  rt.close();
  await assert.rejects(p, /Channel\.receive: the Runtime was closed before the operation completed/);
  await assert.rejects(drive, /this Runtime is closed/);
});

test('a host result whose getters throw becomes an exception in Python', async () => {
  // Found by fuzz_api.test.mjs: a throwing `then` getter escaped the driver
  // ("the driver gave no reply"), a thrown string gave an empty message.
  const r = await runProgram(
    `
import js
for f in (js.badThen, js.badField):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`,
    {
      hostFunctions: {
        js: {
          badThen: () => ({
            get then() {
              throw new Error('then getter');
            },
          }),
          badField: () => ({
            get x() {
              throw 'x getter';
            },
          }),
        },
      },
    },
  );
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, 'RuntimeError then getter\nTypeError x getter\n');
});

test('a shared channel survives snapshot and restore', async () => {
  const a = await collecting();
  a.channel('inbox');
  a.exec(`
import weft_channels
got = []
while len(got) < 2:
    got.append(weft_channels.inbox.receive())
print(got)
`);
  const drive = a.runUntilIdle();
  await a.channel('inbox').send('first');
  a.interrupt();
  await drive;
  const text = a.snapshot();
  let out = '';
  const b = await Runtime.restore(text, { stdout: (t) => (out += t) });
  const d2 = b.runUntilIdle();
  await b.channel('inbox').send('second');
  assert.equal((await d2).exitCode, 0);
  assert.equal(out, "['first', 'second']\n");
});

test('host functions are attached again by the options given to restore', async () => {
  const a = await collecting({ hostFunctions: { calc: { square: (x) => x * x } } });
  a.exec('import calc\nn = calc.square(3)\nwhile n < 10**6:\n    n += 1\nimport stackless\nprint(n, calc.square(4))\n');
  assert.equal(a.run({ budget: 2000 }).status, 'budget');
  const text = a.snapshot();
  let out = '';
  const b = await Runtime.restore(text, { stdout: (t) => (out += t), hostFunctions: { calc: { square: (x) => -x } } });
  await b.runUntilIdle();
  assert.equal(out, '1000000 -4\n');
  // A module imported only after the restore is there too.
  const c = await collecting({ hostFunctions: { later: { f: () => 'late' } } });
  c.exec('x = 0\nwhile x < 1000:\n    x += 1\nimport later\nprint(later.f())\n');
  c.run({ budget: 30 });
  let out2 = '';
  const d = await Runtime.restore(c.snapshot(), { stdout: (t) => (out2 += t), hostFunctions: { later: { f: () => 'restored' } } });
  await d.runUntilIdle();
  assert.equal(out2, 'restored\n');
  // Without them, the call raises RuntimeError naming the function.
  const e = await Runtime.restore(text, { stdout: null, stderr: null });
  await assert.rejects(e.runUntilIdle(), (err) => err.pythonType === 'RuntimeError' && /calc\.square is not provided/.test(err.message));
});

test('a host module may not shadow a builtin module', async () => {
  await assert.rejects(
    weft.Runtime.create({ hostFunctions: { time: { now: () => 1 } } }),
    (e) => e instanceof TypeError && /options\.hostFunctions: module name "time" is taken by a builtin/.test(e.message),
  );
});
