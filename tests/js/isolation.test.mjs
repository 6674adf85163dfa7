// The sandbox in WebAssembly: tests/hardening/escapes.py, run through the
// package, prints exactly what it prints natively (tests/isolation.rs): no
// file system, no `js`/`pyodide` modules, no eval, nothing of the page;
// and poking every reachable builtin never panics the wasm module.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runProgram } from './util.mjs';

const read = (name) => fs.readFileSync(path.join(ROOT, 'tests', 'hardening', name), 'utf8');

test('the sandbox escapes fail in WebAssembly as they do natively', async () => {
  const r = await runProgram(read('escapes.py'));
  assert.equal(r.err, '');
  assert.equal(r.out, read('escapes.out'));
});

test('every reachable builtin survives hostile arguments in WebAssembly', async () => {
  const r = await runProgram(read('poke_every_builtin.py'));
  assert.equal(r.status, 0, r.err);
  const count = Number(/^done (\d+)$/m.exec(r.out)?.[1]);
  assert.ok(count > 3000, `only ${count} callables`);
});
