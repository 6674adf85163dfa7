// The TypeScript declarations: a consumer using every part of the API
// type-checks under `strict` with Node's module resolution, through both
// `import` (index.d.ts) and `require` (index.d.cts), and misuse is rejected
// (each `@ts-expect-error` must meet an error, or tsc fails).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PKG } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.join(here, 'node_modules', 'typescript', 'bin', 'tsc');

const usage = (header) => `${header}
async function main(): Promise<void> {
  const rt: Runtime = await Runtime.create({
    stdout: (t: string) => void t,
    stderr: null,
    stdin: async ({ sync }) => (sync ? null : 'line'),
    clock: 'virtual',
  });
  await Runtime.create({ stdin: 'a\\nb\\n' });
  rt.exec('print(1)', { filename: 'x.py', argv: ['x.py'] });
  const r = rt.run({ budget: 1000 });
  if (r.status === 'waiting') {
    const t: number | null = r.timeout;
    const i: boolean = r.input;
    void t, i;
    await rt.wait();
  } else if (r.status === 'error') {
    const e: WeftPythonError = r.error;
    const s: string = e.traceback + e.pythonType + e.exitCode;
    void s;
  } else if (r.status === 'idle') {
    const c: number = r.exitCode;
    void c;
  }
  const done = await rt.runUntilIdle({ sliceMs: 5 });
  if (done.status === 'idle') void done.exitCode;
  const stopped: boolean = rt.interrupt();
  void stopped;
  try {
    rt.exec('x = (');
  } catch (e) {
    if (e instanceof WeftSyntaxError) {
      const n: number = e.line + e.column + e.endColumn;
      const k: 'SyntaxError' | 'IndentationError' | 'TabError' = e.pythonType;
      void n, k, e.text;
    }
    if (e instanceof WeftPanicError) void e.message;
  }
  rt.close();
  // @ts-expect-error: clock is 'real' or 'virtual'
  await Runtime.create({ clock: 'fast' });
  // @ts-expect-error: unknown option
  await Runtime.create({ hostFunctions: {} });
  // @ts-expect-error: the source is a string
  rt.exec(42);
  // @ts-expect-error: use Runtime.create
  new Runtime();
  // @ts-expect-error: no such status
  if (r.status === 'done') void r;
}
void main;
`;

test('the declarations type-check a consumer, and reject misuse', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-types-'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'weft'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] },
      files: ['esm.ts', 'cjs.cts'],
    }),
  );
  fs.writeFileSync(
    path.join(dir, 'esm.ts'),
    usage("import { Runtime, WeftSyntaxError, WeftPythonError, WeftPanicError } from 'weft';"),
  );
  fs.writeFileSync(
    path.join(dir, 'cjs.cts'),
    usage("import weft = require('weft');\nconst { Runtime, WeftSyntaxError, WeftPythonError, WeftPanicError } = weft;\ntype Runtime = weft.Runtime;\ntype WeftPythonError = weft.WeftPythonError;"),
  );
  const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
});
