// Shared helpers for the node:test suites: where the built package is, and a
// runtime whose output is collected into strings.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built package (`make wasm`), or WEFT_PKG. */
export const PKG = process.env.WEFT_PKG ? path.resolve(process.env.WEFT_PKG) : path.join(ROOT, 'pkg');

export const weft = await import(pathToFileURL(path.join(PKG, 'index.js')).href);

/** A runtime collecting stdout/stderr; `out()`/`err()` read them. */
export async function collecting(options = {}) {
  let stdout = '';
  let stderr = '';
  const rt = await weft.Runtime.create({
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...options,
  });
  rt.out = () => stdout;
  rt.err = () => stderr;
  return rt;
}

/** Run `source` to the end; resolves to { out, err, status }. */
export async function runProgram(source, options = {}, exec = {}) {
  const rt = await collecting(options);
  try {
    rt.exec(source, exec);
    const r = await rt.runUntilIdle();
    return { out: rt.out(), err: rt.err(), status: r.exitCode, rt };
  } catch (e) {
    if (e.name === 'WeftPythonError') return { out: rt.out(), err: rt.err(), status: e.exitCode, error: e, rt };
    throw e;
  }
}

/** Run a command that must succeed (npm, node, vite); its stdout. */
export function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180000 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
