// Precompiled programs and the runtime-only build (`weft/runtime`, no
// compiler inside): `Runtime.compile` makes what `weft compile` makes, the
// runtime-only build runs it, refuses source with a message saying how to
// compile it, carries host functions, modules, channels and snapshots, and
// answers a damaged program with an error naming what is wrong while the
// runtime stays usable.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PKG, ROOT, weft } from './util.mjs';

const Full = weft.Runtime;
const { Runtime } = await import(pathToFileURL(path.join(PKG, 'runtime', 'index.js')).href);
const NATIVE = process.env.WEFT_NATIVE ? path.resolve(process.env.WEFT_NATIVE) : path.join(ROOT, 'target', 'debug', 'weft');

const PROGRAM = `import stackless
ch = stackless.channel()
def worker(n):
    for i in range(n):
        ch.send(i * i)
stackless.tasklet(worker)(4)
print([ch.receive() for _ in range(4)])
`;

async function collect(Rt, options = {}) {
  let out = '';
  let err = '';
  const rt = await Rt.create({ stdout: (t) => (out += t), stderr: (t) => (err += t), ...options });
  rt.out = () => out;
  rt.err = () => err;
  return rt;
}

test('the two builds say which they are', async () => {
  assert.equal(await Full.hasCompiler(), true);
  assert.equal(await Runtime.hasCompiler(), false);
});

test('Runtime.compile: a program text, the same as the native `weft compile`', async (t) => {
  const program = await Full.compile(PROGRAM, { filename: 'app.py' });
  assert.equal(typeof program, 'string');
  assert.equal(JSON.parse(program).weft_program, 1);
  if (!fs.existsSync(NATIVE)) return t.skip(`${NATIVE} is not built`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-compile-'));
  fs.writeFileSync(path.join(dir, 'app.py'), PROGRAM);
  const r = spawnSync(NATIVE, ['compile', 'app.py', '-o', 'native.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(fs.readFileSync(path.join(dir, 'native.json'), 'utf8'), program);
});

test('Runtime.compile: syntax errors and wrong arguments', async () => {
  await assert.rejects(Full.compile('def f(:\n    pass\n', { filename: 'bad.py' }), (e) => {
    assert.equal(e.name, 'WeftSyntaxError');
    assert.equal(e.filename, 'bad.py');
    assert.equal(e.line, 1);
    assert.ok(e.column > 0);
    return true;
  });
  await assert.rejects(Full.compile(42), { name: 'TypeError', message: /Runtime\.compile: source must be a string/ });
  await assert.rejects(Full.compile('x = 1', { filename: 7 }), { name: 'TypeError', message: /options\.filename/ });
  await assert.rejects(Full.compile('x = 1', { file: 'a.py' }), { name: 'TypeError', message: /unknown option 'file'/ });
  await assert.rejects(Full.compile(await Full.compile('x = 1')), { name: 'WeftSyntaxError', message: /already a compiled program/ });
});

test('the runtime-only build runs a program and refuses source, saying how to compile it', async () => {
  const rt = await collect(Runtime);
  assert.throws(() => rt.exec('print(1)\n', { filename: 'src.py' }), (e) => {
    assert.equal(e.name, 'WeftSyntaxError');
    assert.match(e.message, /runtime-only build .* cannot compile Python source/);
    assert.match(e.message, /weft compile/);
    return true;
  });
  rt.exec(await Full.compile(PROGRAM, { filename: 'app.py' }));
  assert.deepEqual(await rt.runUntilIdle(), { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), '[0, 1, 4, 9]\n');
  await assert.rejects(Runtime.compile('x = 1'), { name: 'WeftSyntaxError', message: /runtime-only build/ });
});

test('a precompiled program reports exceptions with its file and line', async () => {
  const rt = await collect(Runtime);
  rt.exec(await Full.compile('def boom():\n    raise ValueError("no")\n\nboom()\n', { filename: 'app.py' }));
  await assert.rejects(rt.runUntilIdle(), (e) => {
    assert.equal(e.name, 'WeftPythonError');
    assert.equal(e.pythonType, 'ValueError');
    assert.match(e.traceback, /File "app.py", line 4, in <module>/);
    assert.match(e.traceback, /File "app.py", line 2, in boom/);
    return true;
  });
});

test('host functions, precompiled modules and channels work without a compiler', async () => {
  const helper = await Full.compile('def greet(who):\n    return "hello " + who\n', { filename: 'helper.py' });
  const rt = await collect(Runtime, {
    hostFunctions: { host: { twice: (x) => x * 2, later: async (x) => x + 1 } },
    modules: { helper },
  });
  const ch = rt.channel('jobs');
  rt.exec(await Full.compile(
    'import host, helper, weft_channels\n' +
      'print(helper.greet("js"), host.twice(21), host.later(1))\n' +
      'print("got", weft_channels.jobs.receive())\n',
    { filename: 'app.py' },
  ));
  const done = rt.runUntilIdle();
  await ch.send('job-1');
  assert.deepEqual(await done, { status: 'idle', exitCode: 0 });
  assert.equal(rt.out(), 'hello js 42 2\ngot job-1\n');
  await assert.rejects(Runtime.create({ modules: { helper: 'def greet(): pass\n' } }), /runtime-only build/);
});

test('a snapshot of a precompiled program restores in the runtime-only build, and from the native CLI', async (t) => {
  const program = await Full.compile(
    'import stackless\ntotal = 0\nfor i in range(20000):\n    total += i\nprint("total", total)\n',
    { filename: 'app.py' },
  );
  const rt = await collect(Full);
  rt.exec(program);
  assert.equal(rt.run({ budget: 5000 }).status, 'budget');
  const text = rt.snapshot();
  let out = '';
  const r2 = await Runtime.restore(text, { stdout: (s) => (out += s) });
  assert.deepEqual(await r2.runUntilIdle(), { status: 'idle', exitCode: 0 });
  assert.equal(out, 'total 199990000\n');

  if (!fs.existsSync(NATIVE)) return t.skip(`${NATIVE} is not built`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-program-'));
  fs.writeFileSync(path.join(dir, 'app.json'), program);
  const r = spawnSync(NATIVE, ['run', '--snapshot-after', '3000', '--snapshot-file', 's.json', 'app.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  let out2 = '';
  const r3 = await Runtime.restore(fs.readFileSync(path.join(dir, 's.json'), 'utf8'), { stdout: (s) => (out2 += s) });
  await r3.runUntilIdle();
  assert.equal(out2, 'total 199990000\n');
});

test('a snapshot of a program given as source cannot restore without a compiler, and says why', async () => {
  const rt = await collect(Full);
  rt.exec('for i in range(10000):\n    pass\n', { filename: 'src.py' });
  rt.run({ budget: 100 });
  await assert.rejects(Runtime.restore(rt.snapshot()), (e) => {
    assert.equal(e.name, 'WeftSnapshotError');
    assert.match(e.detail, /\$\.src\[0\]: source does not compile: .*runtime-only build/);
    return true;
  });
});

test('damaged programs get an error naming what is wrong, and the runtime stays usable', async () => {
  const good = await Full.compile('x = [1, 2]\nprint(x[1])\n', { filename: 'app.py' });
  const code = JSON.parse(good);
  const variants = {
    'not JSON': [good.slice(0, good.length - 5), /EOF while parsing|line 1/],
    'another release': [good.replace(/"weft":"[^"]*"/, '"weft":"0.0.0"'), /compiled by Weft 0\.0\.0/],
    'another format': [good.replace('"weft_program":1', '"weft_program":9'), /program format 9/],
    'a constant that does not exist': [
      JSON.stringify({ ...code, code: { ...code.code, ops: code.code.ops.map((op) => (op.LoadSmallInt !== undefined ? { LoadConst: 999 } : op)) } }),
      /constant 999 of/,
    ],
    'a jump past the end': [
      JSON.stringify({ ...code, code: { ...code.code, ops: [{ Jump: 4000 }, ...code.code.ops.slice(1)] } }),
      /jump to 4000, past the end/,
    ],
    'a stack that runs dry': [
      JSON.stringify({ ...code, code: { ...code.code, ops: ['Pop', ...code.code.ops.slice(1)] } }),
      /needs 1 values on the stack, has 0/,
    ],
    'missing lines': [JSON.stringify({ ...code, code: { ...code.code, lines: [] } }), /but 0 lines/],
  };
  const rt = await collect(Runtime);
  for (const [what, [text, message]] of Object.entries(variants)) {
    assert.throws(() => rt.exec(text), (e) => {
      assert.equal(e.name, 'WeftSyntaxError', what);
      assert.match(e.message, /not a loadable Weft program/, what);
      assert.match(e.message, message, what);
      return true;
    }, what);
  }
  rt.exec(good);
  await rt.runUntilIdle();
  assert.equal(rt.out(), '2\n');
});
