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
    const h: boolean = r.host;
    void t, i, h;
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
  const program: string = await Runtime.compile('print(2)', { filename: 'p.py' });
  const compiles: boolean = await Runtime.hasCompiler();
  rt.exec(program);
  void compiles;
  // @ts-expect-error: compile takes source text
  await Runtime.compile(42);
  rt.close();
  // @ts-expect-error: clock is 'real' or 'virtual'
  await Runtime.create({ clock: 'fast' });
  // @ts-expect-error: unknown option
  await Runtime.create({ modulez: {} });
  const hosted = await Runtime.create({
    hostFunctions: { web: { fetchText: async (url) => String(url), add: (a, b) => Number(a) + Number(b) } },
  });
  hosted.exec('import web');
  const text: string = hosted.snapshot();
  const again: Runtime = await Runtime.restore(text, { clock: 'virtual' });
  const count: number = again.instructions;
  for (const t of again.tasklets()) {
    const s: 'running' | 'runnable' | 'blocked' | 'sleeping' | 'reading' | 'host_call' | 'watching' | 'paused' | 'finished' = t.state;
    const on: number | undefined = t.blockedOn?.channel;
    for (const f of t.frames) void (f.function + f.filename + f.line + f.locals.map((l) => l.name + l.repr).join());
    void s, on, t.id, t.main;
  }
  for (const c of again.channels()) void (c.balance + c.queue.length + c.preference, c.closed, c.closing, c.scheduleAll);
  const ch = again.channel('ticks');
  await ch.send([1, 'two', { three: 3n }]);
  const got = await ch.receive();
  void count, got, ch.name;
  // @ts-expect-error: a channel sends JS values, not functions
  await ch.send(() => 1);
  // @ts-expect-error: restore takes the snapshot text
  await Runtime.restore(42);
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
      files: ['esm.ts', 'cjs.cts', 'runtime-esm.ts', 'runtime-cjs.cts'],
    }),
  );
  // The full package and the runtime-only build (`weft/runtime`): one API.
  for (const [entry, stem] of [['weft', ''], ['weft/runtime', 'runtime-']]) {
    const names = 'Runtime, WeftSyntaxError, WeftPythonError, WeftPanicError';
    fs.writeFileSync(path.join(dir, `${stem}esm.ts`), usage(`import { ${names} } from '${entry}';`));
    fs.writeFileSync(
      path.join(dir, `${stem}cjs.cts`),
      usage(`import weft = require('${entry}');\nconst { ${names} } = weft;\ntype Runtime = weft.Runtime;\ntype WeftPythonError = weft.WeftPythonError;`),
    );
  }
  const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
});
