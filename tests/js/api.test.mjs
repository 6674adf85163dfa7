// The JavaScript API of the package, with good and bad input: Runtime.create,
// exec, run, wait, runUntilIdle, interrupt, close, stdin/stdout/stderr and
// clocks, the error classes, panics, and the CommonJS entry.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PKG, weft, collecting, runProgram } from './util.mjs';

const { Runtime, WeftSyntaxError, WeftPythonError, WeftPanicError } = weft;

/**
 * Python that parks the main tasklet in `call` the non-blocking way: the
 * scheduler uses its timers and reader queue (and so `Outcome::Waiting`)
 * only while another tasklet is runnable; with none it asks the host to
 * block (see the README, "Input and sleeping").
 */
const withNeighbour = (call) => `import stackless, time\nstackless.tasklet(lambda: None)()\n${call}\n`;

/** Milliseconds since `t0`. */
const since = (t0) => performance.now() - t0;

test('create with defaults runs a program and writes to the process streams', async () => {
  const rt = await Runtime.create();
  const writes = [];
  const original = process.stdout.write;
  process.stdout.write = (chunk, ...rest) => {
    writes.push(String(chunk));
    return typeof rest[rest.length - 1] === 'function' ? rest[rest.length - 1]() || true : true;
  };
  try {
    rt.exec('print("to the real stdout")');
    assert.deepEqual(rt.run(), { status: 'idle', exitCode: 0 });
  } finally {
    process.stdout.write = original;
  }
  assert.equal(writes.join(''), 'to the real stdout\n');
});

test('create rejects wrong options with a TypeError naming them', async () => {
  const cases = [
    [42, /options must be an object/],
    [[], /options must be an object/],
    [null, /options must be an object/],
    [{ stdout: 'x' }, /options\.stdout must be a function or null, got the string "x"/],
    [{ stderr: 1 }, /options\.stderr must be a function or null, got number 1/],
    [{ stdin: 5 }, /options\.stdin must be a function, a string or null, got number 5/],
    [{ clock: 'fast' }, /options\.clock must be 'real' or 'virtual'/],
    [{ modules: [] }, /options\.modules must be an object of module sources/],
    [{ colour: 'red' }, /unknown option 'colour'/],
    [{ hostFunctions: { m: { f: 'x' } } }, /options\.hostFunctions\.m\.f must be a function/],
  ];
  for (const [options, message] of cases) {
    await assert.rejects(Runtime.create(options), (e) => e instanceof TypeError && message.test(e.message), String(message));
  }
  assert.throws(() => new Runtime(), /use `await Runtime\.create\(options\)`/);
});

test('stdout and stderr receive output in order; null discards', async () => {
  const events = [];
  const rt = await Runtime.create({
    stdout: (t) => events.push(['out', t]),
    stderr: (t) => events.push(['err', t]),
  });
  rt.exec('import sys\nprint("one")\nprint("two", file=sys.stderr)\nprint("three")');
  rt.run();
  assert.deepEqual(events, [
    ['out', 'one\n'],
    ['err', 'two\n'],
    ['out', 'three\n'],
  ]);
  const quiet = await Runtime.create({ stdout: null, stderr: null });
  quiet.exec('print("nobody hears this")\n1/0');
  assert.equal(quiet.run().status, 'error');
});

test('exec: filename and argv; globals persist across programs', async () => {
  const rt = await collecting();
  rt.exec('import sys\nprint(sys.argv)\nx = 41\ndef f():\n    1/0', { filename: 'first.py', argv: ['first.py', '-v'] });
  assert.deepEqual(rt.run(), { status: 'idle', exitCode: 0 });
  rt.exec('print(x + 1)\nf()', { filename: 'second.py' });
  const r = rt.run();
  assert.equal(r.status, 'error');
  assert.equal(rt.out(), "['first.py', '-v']\n42\n");
  assert.match(r.error.traceback, /File "second\.py", line 2, in <module>\n/);
  assert.match(r.error.traceback, /File "first\.py", line 5, in f\n    1\/0\n/);
});

test('exec rejects wrong arguments with a TypeError naming them', async () => {
  const rt = await collecting();
  assert.throws(() => rt.exec(42), /Runtime\.exec: source must be a string, got number 42/);
  assert.throws(() => rt.exec(), /source must be a string, got undefined/);
  assert.throws(() => rt.exec('1', 'x.py'), /Runtime\.exec: options must be an object/);
  assert.throws(() => rt.exec('1', { filename: 3 }), /options\.filename must be a string, got number 3/);
  assert.throws(() => rt.exec('1', { argv: 'a b' }), /options\.argv must be an array of strings/);
  assert.throws(() => rt.exec('1', { argv: ['a', 1] }), /options\.argv must be an array of strings/);
  assert.throws(() => rt.exec('1', { file: 'x' }), /unknown option 'file'/);
  // Nothing was loaded by the failed calls: the runtime is fine.
  rt.exec('print("still fine")');
  rt.run();
  assert.equal(rt.out(), 'still fine\n');
});

test('syntax errors throw WeftSyntaxError with CPython line, column and text', async () => {
  const rt = await collecting();
  const e = assert.throws(() => rt.exec('print("a")\nx = (1 +\n', { filename: 'bad.py' }), WeftSyntaxError);
  assert.throws(() => rt.exec('print("a")\nx = (1 +\n', { filename: 'bad.py' }), (err) => {
    assert.ok(err instanceof WeftSyntaxError && err instanceof Error);
    assert.equal(err.name, 'WeftSyntaxError');
    assert.equal(err.pythonType, 'SyntaxError');
    assert.equal(err.filename, 'bad.py');
    assert.equal(err.line, 2);
    assert.equal(err.column, 5);
    assert.equal(err.lineText, 'x = (1 +');
    assert.equal(err.message, "'(' was never closed (bad.py, line 2)");
    // Exactly what CPython 3.11 prints for this file.
    assert.equal(err.text, '  File "bad.py", line 2\n    x = (1 +\n        ^\nSyntaxError: \'(\' was never closed\n');
    return true;
  });
  void e;
  assert.throws(
    () => rt.exec('if True:\nprint(1)\n'),
    (err) => err.pythonType === 'IndentationError' && err.line === 2 && err.column === 1 && err.filename === '<string>',
  );
  // Nothing ran and nothing was printed; the runtime still works.
  assert.equal(rt.out() + rt.err(), '');
  rt.exec('print("ok")');
  assert.equal(rt.run().status, 'idle');
  assert.equal(rt.out(), 'ok\n');
});

test('exec refuses to replace a program that is still running', async () => {
  const rt = await collecting();
  rt.exec('for i in range(10**6):\n    pass\nprint("done")');
  assert.deepEqual(rt.run({ budget: 100 }), { status: 'budget' });
  assert.throws(() => rt.exec('print(1)'), /previous program is still running/);
  assert.deepEqual(rt.run(), { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'done\n');
});

test('run: budgets slice the program; the final result repeats', async () => {
  const rt = await collecting();
  rt.exec('t = 0\nfor i in range(1000):\n    t += i\nprint(t)');
  let slices = 0;
  let r;
  while ((r = rt.run({ budget: 50 })).status === 'budget') slices++;
  assert.ok(slices > 20, `${slices} slices`);
  assert.deepEqual(r, { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), '499500\n');
  assert.equal(rt.run(), r);
});

test('run rejects bad budgets with a TypeError naming the option', async () => {
  const rt = await collecting();
  rt.exec('print(1)');
  for (const budget of [0, -5, 1.5, '10', NaN, null, 10n]) {
    assert.throws(
      () => rt.run({ budget }),
      (e) => e instanceof TypeError && /Runtime\.run: options\.budget must be a positive integer or Infinity/.test(e.message),
      String(budget),
    );
  }
  assert.throws(() => rt.run(5), /Runtime\.run: options must be an object, got number 5/);
  assert.throws(() => rt.run({ slice: 3 }), /unknown option 'slice'/);
  assert.equal(rt.run({ budget: Infinity }).status, 'idle');
});

test('sys.exit ends the program normally with its status', async () => {
  const { out, status, error } = await runProgram('import sys\nprint("bye")\nsys.exit(3)');
  assert.equal(out, 'bye\n');
  assert.equal(status, 3);
  assert.equal(error, undefined);
});

test('an uncaught exception is a WeftPythonError with the traceback', async () => {
  const rt = await collecting();
  rt.exec('def f(x):\n    return 1 / x\nprint("before")\nf(0)', { filename: 'boom.py' });
  const r = rt.run();
  assert.equal(r.status, 'error');
  assert.equal(r.exitCode, 1);
  const e = r.error;
  assert.ok(e instanceof WeftPythonError && e instanceof Error);
  assert.equal(e.name, 'WeftPythonError');
  assert.equal(e.pythonType, 'ZeroDivisionError');
  assert.equal(e.exitCode, 1);
  assert.equal(e.message, 'ZeroDivisionError: division by zero');
  assert.equal(
    e.traceback,
    'Traceback (most recent call last):\n' +
      '  File "boom.py", line 4, in <module>\n    f(0)\n' +
      '  File "boom.py", line 2, in f\n    return 1 / x\n' +
      'ZeroDivisionError: division by zero\n',
  );
  // The same text went to stderr, after the program's own output.
  assert.equal(rt.out(), 'before\n');
  assert.equal(rt.err(), e.traceback);
  // runUntilIdle rejects with it.
  const rt2 = await collecting();
  rt2.exec('class Oops(Exception):\n    pass\nraise Oops("custom")');
  await assert.rejects(rt2.runUntilIdle(), (err) => err instanceof WeftPythonError && err.pythonType === 'Oops' && err.message === 'Oops: custom');
});

test('a chained exception keeps the whole traceback; stderr written before is not part of it', async () => {
  const rt = await collecting();
  rt.exec('import sys\nprint("warning", file=sys.stderr)\ntry:\n    {}["k"]\nexcept KeyError:\n    raise ValueError("v")');
  const e = rt.run().error;
  assert.equal(e.pythonType, 'ValueError');
  assert.ok(e.traceback.startsWith('Traceback (most recent call last):\n'), e.traceback);
  assert.match(e.traceback, /KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n/);
  assert.equal(rt.err(), 'warning\n' + e.traceback);
});

test('runUntilIdle keeps the event loop responsive through an infinite loop; interrupt stops it', async () => {
  const rt = await collecting();
  rt.exec('n = 0\nwhile True:\n    n += 1');
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const t0 = performance.now();
  setTimeout(() => assert.equal(rt.interrupt(), true), 150);
  const r = await rt.runUntilIdle({ sliceMs: 5 });
  clearInterval(timer);
  assert.deepEqual(r, { status: 'interrupted' });
  assert.ok(since(t0) < 1000, `interrupted after ${since(t0)} ms`);
  assert.ok(ticks >= 10, `the interval ran ${ticks} times during the loop`);
  assert.equal(rt.interrupt(), false, 'nothing to interrupt any more');
});

test('an interrupted program resumes where it stopped', async () => {
  const rt = await collecting();
  rt.exec('i = 0\nwhile i < 2_000_000:\n    i += 1\nprint("counted", i)');
  setTimeout(() => rt.interrupt(), 20);
  assert.equal((await rt.runUntilIdle({ sliceMs: 2 })).status, 'interrupted');
  assert.equal(rt.out(), '');
  assert.deepEqual(await rt.runUntilIdle(), { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'counted 2000000\n');
});

test('runUntilIdle rejects bad options and a second concurrent drive', async () => {
  const rt = await collecting();
  rt.exec(withNeighbour('time.sleep(0.05)'));
  for (const sliceMs of [0, -1, 'x', Infinity]) {
    await assert.rejects(rt.runUntilIdle({ sliceMs }), /Runtime\.runUntilIdle: options\.sliceMs must be a positive number/);
  }
  await assert.rejects(rt.runUntilIdle({ budget: 0 }), /options\.budget must be a positive integer/);
  await assert.rejects(rt.runUntilIdle({ slices: 1 }), /unknown option 'slices'/);
  const first = rt.runUntilIdle();
  await assert.rejects(rt.runUntilIdle(), /already being driven/);
  assert.throws(() => rt.exec('print(2)'), /still running/);
  assert.deepEqual(await first, { status: 'idle', exitCode: 0 });
});

test('time.sleep in a tasklet waits on a JS timer without blocking the event loop', async () => {
  const rt = await collecting();
  rt.exec(
    [
      'import stackless, time',
      'def sleeper():',
      '    t0 = time.monotonic()',
      '    time.sleep(0.2)',
      '    print("slept", time.monotonic() - t0 >= 0.2)',
      'def worker():',
      '    for i in range(3):',
      '        print("work", i)',
      '        stackless.schedule()',
      'stackless.tasklet(sleeper)()',
      'stackless.tasklet(worker)()',
      'stackless.run()',
      'print("main done")',
    ].join('\n'),
  );
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const t0 = performance.now();
  const r = await rt.runUntilIdle();
  clearInterval(timer);
  assert.deepEqual(r, { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'work 0\nwork 1\nwork 2\nslept True\nmain done\n');
  assert.ok(since(t0) >= 195, `took ${since(t0)} ms`);
  assert.ok(ticks >= 8, `the event loop ran ${ticks} interval callbacks meanwhile`);
});

test('run reports waiting with the timeout; wait() lets the timer fall due', async () => {
  const rt = await collecting();
  rt.exec(withNeighbour('time.sleep(0.05)\nprint("after")'));
  const r = rt.run();
  assert.equal(r.status, 'waiting');
  assert.equal(r.input, false);
  assert.ok(r.timeout > 0 && r.timeout <= 0.05, `timeout ${r.timeout}`);
  const t0 = performance.now();
  await rt.wait();
  assert.ok(since(t0) >= 40, `waited ${since(t0)} ms`);
  let f;
  while ((f = rt.run()).status === 'waiting') await rt.wait();
  assert.deepEqual(f, { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'after\n');
});

test('interrupt wakes a drive that waits for a long timer', async () => {
  const rt = await collecting();
  rt.exec(withNeighbour('time.sleep(30)'));
  const t0 = performance.now();
  setTimeout(() => rt.interrupt(), 30);
  assert.deepEqual(await rt.runUntilIdle(), { status: 'interrupted' });
  assert.ok(since(t0) < 1000, `took ${since(t0)} ms`);
});

test('a wait() during runUntilIdle does not keep interrupt from stopping the drive', async () => {
  // Found by fuzz_api.test.mjs: the wait() took over the drive's wake-up.
  const rt = await collecting();
  rt.channel('c');
  rt.exec('import weft_channels\nweft_channels.c.receive()\n');
  const drive = rt.runUntilIdle();
  await new Promise((r) => setTimeout(r, 10));
  const waiting = rt.wait();
  rt.interrupt();
  assert.deepEqual(await drive, { status: 'interrupted' });
  await waiting;
});

test('runUntilIdle of a sleep loop on the virtual clock yields to the event loop', async () => {
  // Found by fuzz_api.test.mjs: sleeps that end at once never let a timer
  // run, so interrupt() could not stop the drive.
  const rt = await collecting({ clock: 'virtual' });
  rt.exec('import stackless, time\ndef nap():\n    while True:\n        time.sleep(0.002)\nstackless.tasklet(nap)()\nwhile True:\n    time.sleep(0.003)');
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  setTimeout(() => rt.interrupt(), 50);
  assert.deepEqual(await rt.runUntilIdle(), { status: 'interrupted' });
  clearInterval(timer);
  assert.ok(ticks > 0, 'the event loop ran meanwhile');
});

test('the virtual clock is deterministic and jumps over sleeps', async () => {
  const program = [
    'import stackless, time',
    'def napper():',
    '    time.sleep(100)',
    '    print("woke at", round(time.monotonic()))',
    'stackless.tasklet(napper)()',
    'stackless.run()',
    'print(time.time() > 1_600_000_000)',
  ].join('\n');
  const t0 = performance.now();
  const a = await runProgram(program, { clock: 'virtual' });
  const b = await runProgram(program, { clock: 'virtual' });
  assert.ok(since(t0) < 2000);
  assert.equal(a.out, 'woke at 100\nTrue\n');
  assert.equal(b.out, a.out);
  const c = await runProgram('import time\nprint(time.monotonic())', { clock: 'virtual' });
  assert.equal(c.out, '1e-06\n');
});

test('the real clock follows Date.now', async () => {
  const { out } = await runProgram('import time\nprint(time.time())');
  assert.ok(Math.abs(Number(out) - Date.now() / 1000) < 5, out);
});

test('time.sleep with no other tasklet waits on a timer, and the event loop runs meanwhile', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const t0 = performance.now();
  const { out } = await runProgram('import time\nt0 = time.monotonic()\ntime.sleep(0.3)\nprint(time.monotonic() - t0 >= 0.3)');
  clearInterval(timer);
  assert.equal(out, 'True\n');
  assert.ok(since(t0) >= 290, `took only ${since(t0)} ms`);
  assert.ok(ticks > 3, `the event loop ticked ${ticks} times`);
});

test('stdin as a string: lines, then end of input', async () => {
  const program = 'print(input("a? "))\nprint(input())\ntry:\n    input()\nexcept EOFError as e:\n    print("EOF:", e)';
  assert.equal((await runProgram(program, { stdin: 'x\ny\n' })).out, 'a? x\ny\nEOF: EOF when reading a line\n');
  assert.equal((await runProgram(program, { stdin: 'x\r\ny' })).out, 'a? x\ny\nEOF: EOF when reading a line\n');
  assert.equal((await runProgram('input()', {})).error.pythonType, 'EOFError');
  assert.equal((await runProgram('input()', { stdin: '' })).error.pythonType, 'EOFError');
});

test('stdin as a function: called per line, several lines per answer, null ends', async () => {
  const answers = ['first', 'second\nthird\n', null];
  const calls = [];
  const { out } = await runProgram('import sys\nfor i in range(3):\n    print(input())\nprint(sys.stdin.readline() == "")', {
    stdin: (req) => {
      calls.push(req.sync);
      return answers.shift();
    },
  });
  assert.equal(out, 'first\nsecond\nthird\nTrue\n');
  assert.equal(calls.length, 3);
});

test('input() in a tasklet awaits an asynchronous stdin while other tasklets run', async () => {
  let resolveLine;
  const rt = await collecting({
    stdin: () => new Promise((r) => (resolveLine = r)),
  });
  rt.exec(
    [
      'import stackless',
      'def reader():',
      '    print("got", input("name? "))',
      'def ticker():',
      '    for i in range(3):',
      '        print("tick", i)',
      '        stackless.schedule()',
      'stackless.tasklet(reader)()',
      'stackless.tasklet(ticker)()',
      'stackless.run()',
      'print("end")',
    ].join('\n'),
  );
  const r = rt.run();
  assert.deepEqual(r, { status: 'waiting', timeout: null, input: true, host: false });
  assert.equal(rt.out(), 'name? tick 0\ntick 1\ntick 2\n');
  const drive = rt.runUntilIdle();
  let timerRan = false;
  await new Promise((r2) => setTimeout(r2, 30)).then(() => (timerRan = true));
  assert.ok(timerRan);
  resolveLine('Ada\n');
  assert.deepEqual(await drive, { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'name? tick 0\ntick 1\ntick 2\ngot Ada\nend\n');
});

test('an asynchronous stdin cannot serve a read that must not wait: end of input and a warning', async () => {
  // Today input() with no other tasklet is such a read (see the README); a
  // synchronous answer is served, a promise is not.
  const sync = await runProgram('print(input())', { stdin: () => 'now' });
  assert.equal(sync.out, 'now\n');
  const later = await runProgram('print(input())', { stdin: async () => 'later' });
  assert.equal(later.error.pythonType, 'EOFError');
  assert.match(later.err, /^weft: a read of standard input that cannot wait/);
});

test('stdin errors and bad answers reach the caller', async () => {
  const boom = new Error('stdin exploded');
  await assert.rejects(
    runProgram(withNeighbour('input()'), { stdin: async () => { throw boom; } }),
    (e) => e === boom,
  );
  await assert.rejects(
    runProgram(withNeighbour('input()'), { stdin: async () => 42 }),
    (e) => e instanceof TypeError && /stdin: must return a string or null, got number 42/.test(e.message),
  );
  const rt = await collecting({ stdin: () => { throw boom; } });
  rt.exec('input()');
  assert.throws(() => rt.run(), (e) => e === boom);
});

test('an output callback that throws: run throws it, the program can go on', async () => {
  let first = true;
  const seen = [];
  const rt = await Runtime.create({
    stdout: (t) => {
      seen.push(t);
      if (first) {
        first = false;
        throw new Error('display failed');
      }
    },
  });
  rt.exec('import sys\nprint("a")\nsys.stdout.flush()\nprint("b")');
  assert.throws(() => rt.run({ budget: 1 << 20 }), /display failed/);
  assert.deepEqual(rt.run(), { status: 'idle', exitCode: 0 });
  assert.equal(seen.join(''), 'a\nb\n');
});

test('callbacks cannot re-enter the runtime', async () => {
  let rt;
  rt = await Runtime.create({ stdout: () => rt.run() });
  rt.exec('print("x")');
  assert.throws(() => rt.run(), /cannot be used from its own output or input callbacks/);
});

test('a panic is reported, and the runtime is unusable afterwards', async () => {
  const rt = await collecting();
  const other = await collecting();
  const logged = [];
  const original = console.error;
  console.error = (...args) => logged.push(args.join(' '));
  try {
    assert.throws(() => rt._panicForTesting(), (e) => e instanceof WeftPanicError && /deliberate panic/.test(e.message));
  } finally {
    console.error = original;
  }
  assert.ok(logged.some((l) => /deliberate panic/.test(l)), 'console_error_panic_hook logged the panic');
  for (const call of [() => rt.exec('1'), () => rt.run(), () => rt._panicForTesting()]) {
    assert.throws(call, (e) => e instanceof WeftPanicError && /unusable after an internal error/.test(e.message));
  }
  await assert.rejects(rt.runUntilIdle(), /unusable after an internal error/);
  await assert.rejects(rt.wait(), /unusable after an internal error/);
  // Other runtimes are not affected.
  other.exec('print("unaffected")');
  assert.equal(other.run().status, 'idle');
  assert.equal(other.out(), 'unaffected\n');
});

test('close frees the runtime; later calls throw', async () => {
  const rt = await collecting();
  rt.exec('print(1)');
  rt.close();
  rt.close();
  assert.throws(() => rt.run(), /Runtime\.run: this Runtime is closed/);
  assert.throws(() => rt.exec('1'), /closed/);
});

test('many runtimes coexist and are independent', async () => {
  const rts = await Promise.all([1, 2, 3].map(() => collecting()));
  rts.forEach((rt, i) => rt.exec(`x = ${i}\nprint(x * 10)`));
  rts.forEach((rt) => rt.run());
  assert.deepEqual(rts.map((rt) => rt.out()), ['0\n', '10\n', '20\n']);
});

test('require() gives the same API through the CommonJS entry', async () => {
  const require = createRequire(import.meta.url);
  const cjs = require(path.join(PKG, 'index.cjs'));
  assert.deepEqual(Object.keys(cjs).sort(), [
    'Channel',
    'Runtime',
    'WeftChannelError',
    'WeftPanicError',
    'WeftPythonError',
    'WeftSnapshotError',
    'WeftSyntaxError',
  ]);
  let out = '';
  const rt = await cjs.Runtime.create({ stdout: (t) => (out += t) });
  rt.exec('print(sum(range(10)))');
  assert.deepEqual(await rt.runUntilIdle(), { status: 'idle', exitCode: 0 });
  assert.equal(out, '45\n');
  assert.throws(() => rt.exec('x = ('), cjs.WeftSyntaxError);
});
