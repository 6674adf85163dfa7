// The compiler's Unicode data — the character names of `\N{...}` escapes and
// NFKC for non-ASCII names — lives in weft_unicode.bin next to the .wasm and
// is read on first use: through `import`, `require` and `modules`, and with
// a missing or damaged file (a clear SyntaxError, a usable runtime, and a
// retry once the file is back). The browser's synchronous request is tested
// in browser.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PKG } from './util.mjs';

// Expected output: CPython 3.11 on the same program.
const PROGRAM = 'ﬁle = "\\N{BULLET}\\N{greek small letter alpha}"\n명 = "\\N{HANGUL SYLLABLE GAG}"\nprint(file, 명, "\\N{nbsp}" == "\\xa0")\n';
const EXPECTED = '•α 각 True\n';

async function run(weft, source, options = {}) {
  let out = '';
  const rt = await weft.Runtime.create({ stdout: (t) => (out += t), stderr: (t) => (out += t), ...options });
  rt.exec(source);
  const r = await rt.runUntilIdle();
  return [r.exitCode, out, rt];
}

test('names and NFKC through import and require', async () => {
  const esm = await import(pathToFileURL(path.join(PKG, 'index.js')).href);
  assert.deepEqual((await run(esm, PROGRAM)).slice(0, 2), [0, EXPECTED]);
  const cjs = createRequire(import.meta.url)(path.join(PKG, 'index.cjs'));
  assert.deepEqual((await run(cjs, PROGRAM)).slice(0, 2), [0, EXPECTED]);
});

test('a missing or damaged weft_unicode.bin is a clear SyntaxError, and the file is read again later', async () => {
  // A copy of the package (a fresh module instance that has not read the file yet).
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-unicode-'));
  for (const f of fs.readdirSync(PKG)) {
    if (fs.statSync(path.join(PKG, f)).isFile()) fs.copyFileSync(path.join(PKG, f), path.join(copy, f));
  }
  const file = path.join(copy, 'weft_unicode.bin');
  const good = fs.readFileSync(file);
  const weft = await import(pathToFileURL(path.join(copy, 'index.js')).href);
  const rt = await weft.Runtime.create();

  const damaged = Buffer.from(good);
  damaged[damaged.length - 7] ^= 0x55;
  fs.writeFileSync(file, damaged);
  assert.throws(() => rt.exec(PROGRAM), (e) => {
    assert.equal(e.name, 'WeftSyntaxError');
    assert.match(e.message, /Unicode data .* is missing: weft_unicode\.bin is damaged or from another version of Weft \(NFKC table\)/);
    return true;
  });
  fs.rmSync(file);
  assert.throws(() => rt.exec('x = "\\N{BULLET}"'), /weft_unicode\.bin could not be read: ENOENT/);
  // Programs that need none of it are untouched, in the same runtime.
  const [code, out] = await run(weft, 'print("plain", "é", "\\N{CJK UNIFIED IDEOGRAPH-4E00}")\n');
  assert.deepEqual([code, out], [0, 'plain é 一\n']);

  // Read on first use by a module of `Runtime.create`'s options too.
  fs.writeFileSync(file, good);
  const modules = { names: PROGRAM };
  assert.deepEqual((await run(weft, 'print("first")\nimport names\n', { modules })).slice(0, 2), [0, `first\n${EXPECTED}`]);
  fs.rmSync(copy, { recursive: true });
});
