// Python-source modules supplied by the embedder (`Runtime.create({ modules })`):
// importable, run once, kept across a snapshot, and refused clearly when
// their name or source is wrong.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collecting, weft } from './util.mjs';

const { Runtime, WeftSyntaxError } = weft;

const MODULES = {
  counter: 'print("counter loaded")\ncount = 0\ndef bump():\n    global count\n    count += 1\n    return count\n',
  game: 'import counter\ndef tick():\n    return "tick %d" % counter.bump()\n',
};

test('modules import each other and run once', async () => {
  const rt = await collecting({ modules: MODULES });
  rt.exec('import game, counter\nprint(game.tick(), game.tick(), counter.count)\nimport game\nprint(game.tick())\n');
  await rt.runUntilIdle();
  assert.equal(rt.out(), 'counter loaded\ntick 1 tick 2 2\ntick 3\n');
});

test("a module's traceback names its file and line", async () => {
  const rt = await collecting({ modules: { broken: 'def f():\n    return 1 / 0\n' } });
  rt.exec('import broken\nbroken.f()\n');
  await assert.rejects(rt.runUntilIdle(), (e) => {
    assert.equal(e.pythonType, 'ZeroDivisionError');
    assert.match(e.traceback, /File "broken\.py", line 2, in f/);
    return true;
  });
});

test('modules survive a snapshot (imported or not yet)', async () => {
  const rt = await collecting({ modules: MODULES });
  rt.exec('import counter\ncounter.bump()\nfor i in range(3000):\n    pass\nimport game\nprint(game.tick())\n');
  assert.equal(rt.run({ budget: 500 }).status, 'budget');
  const text = rt.snapshot();
  let out = '';
  const again = await Runtime.restore(text, { stdout: (t) => (out += t), modules: MODULES });
  await again.runUntilIdle();
  assert.equal(rt.out() + out, 'counter loaded\ntick 2\n');
});

test('bad modules are refused when the runtime is created', async () => {
  await assert.rejects(Runtime.create({ modules: { oops: 'def f(:\n' } }), (e) => {
    assert.ok(e instanceof WeftSyntaxError);
    assert.equal(e.filename, 'oops.py');
    assert.equal(e.line, 1);
    return true;
  });
  await assert.rejects(Runtime.create({ modules: { time: 'x = 1' } }), /taken by a builtin/);
  await assert.rejects(Runtime.create({ modules: { 'not-a-name': 'x = 1' } }), /not a Python identifier/);
  await assert.rejects(Runtime.create({ modules: { m: 42 } }), /options\.modules\.m must be a string/);
  await assert.rejects(Runtime.create({ modules: 'm' }), /options\.modules must be an object/);
});
