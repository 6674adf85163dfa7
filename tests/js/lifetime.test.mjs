// A Runtime dropped without close() is garbage collected and its
// interpreter freed: every runtime of a page shares one WebAssembly memory
// (at most 4 GiB), so a leak there would end all of them. Each runtime below
// fills 64 MiB of heap; a hundred of them leaked would need 6.4 GiB.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { weft } from './util.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** Collect garbage and let finalizers (wasm-bindgen's frees) run. */
async function collect() {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 0));
  }
}

const FILL = 'big = [0] * (4 * 1024 * 1024)\nprint(len(big))\n';

test('runtimes dropped without close() are collected with their interpreters', { timeout: 300_000 }, async () => {
  for (let i = 0; i < 100; i++) {
    let out = '';
    const rt = await weft.Runtime.create({ stdout: (t) => (out += t), limits: { maxMemory: null } });
    rt.exec(FILL);
    const r = await rt.runUntilIdle();
    assert.equal(r.status, 'idle', `runtime ${i}`);
    assert.equal(out, '4194304\n', `runtime ${i}`);
    if (i % 5 === 4) await collect();
  }
});

test('a runtime whose host function is still pending can be dropped too', { timeout: 300_000 }, async () => {
  for (let i = 0; i < 60; i++) {
    let started = false;
    const rt = await weft.Runtime.create({
      stdout: null,
      limits: { maxMemory: null },
      // A promise that never settles: the calling tasklet waits forever.
      hostFunctions: { host: { never: () => ((started = true), new Promise(() => {})) } },
    });
    rt.exec(`${FILL}import host\nhost.never()\n`);
    assert.equal(rt.run().status, 'waiting');
    assert.ok(started);
    if (i % 5 === 4) await collect();
  }
});

test('a failed create frees what it had built', async () => {
  for (let i = 0; i < 200; i++) {
    await assert.rejects(
      weft.Runtime.create({ modules: { broken: 'def (' } }),
      (e) => e.name === 'WeftSyntaxError',
    );
  }
  // The runtime after them works.
  let out = '';
  const rt = await weft.Runtime.create({ stdout: (t) => (out += t) });
  rt.exec('print("ok")\n');
  await rt.runUntilIdle();
  assert.equal(out, 'ok\n');
  rt.close();
});
