// The npm package as a user gets it: `npm pack` of pkg/, installed offline
// from the tarball into an empty project, then used there through `import`,
// `require` and the `weft` bin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PKG, sh } from './util.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-pack-'));
const project = path.join(tmp, 'project');

let tarball;

test('npm pack holds exactly the package files', () => {
  const [info] = JSON.parse(sh('npm', ['pack', PKG, '--pack-destination', tmp, '--json', '--silent'], tmp));
  tarball = path.join(tmp, info.filename);
  const files = info.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'README.md',
    'cli.js',
    'index.cjs',
    'index.d.cts',
    'index.d.ts',
    'index.js',
    'package.json',
    'runtime/index.cjs',
    'runtime/index.d.cts',
    'runtime/index.d.ts',
    'runtime/index.js',
    'runtime/weft.js',
    'runtime/weft_bg.wasm',
    'runtime/weft_node.cjs',
    'weft.js',
    'weft_bg.wasm',
    'weft_node.cjs',
    'weft_unicode.bin',
  ]);
});

test('the tarball installs offline into an empty project', () => {
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', tarball], project);
  assert.ok(fs.existsSync(path.join(project, 'node_modules', 'weft', 'weft_bg.wasm')));
});

const program = 'import sys\nprint("hello from", sys.argv[1:], sum(range(101)))\n';
const use = (entry) => `
  const rt = await Runtime.create({ stdout: (t) => process.stdout.write('[${entry}] ' + t) });
  rt.exec(${JSON.stringify(program)}, { argv: ['p.py', '${entry}'] });
  const r = await rt.runUntilIdle();
  if (r.status !== 'idle' || r.exitCode !== 0) process.exit(1);
  try { rt.exec('x = ('); } catch (e) { console.log(e instanceof WeftSyntaxError, e.line); }
`;

test('import works in the project', () => {
  fs.writeFileSync(path.join(project, 'esm.mjs'), `import { Runtime, WeftSyntaxError } from 'weft';\n${use('import')}`);
  assert.equal(sh(process.execPath, ['esm.mjs'], project), "[import] hello from ['import'] 5050\ntrue 1\n");
});

test('require works in the project', () => {
  fs.writeFileSync(
    path.join(project, 'cjs.cjs'),
    `const { Runtime, WeftSyntaxError } = require('weft');\n(async () => {${use('require')}})();\n`,
  );
  assert.equal(sh(process.execPath, ['cjs.cjs'], project), "[require] hello from ['require'] 5050\ntrue 1\n");
});

test('the weft bin runs a program in the project', () => {
  fs.writeFileSync(path.join(project, 'prog.py'), program);
  const bin = path.join(project, 'node_modules', '.bin', 'weft');
  assert.equal(sh(bin, ['run', 'prog.py', 'bin'], project), "hello from ['bin'] 5050\n");
});

test('weft/runtime (no compiler) runs what the bin compiled, through import and require', () => {
  fs.writeFileSync(path.join(project, 'prog.py'), program);
  const bin = path.join(project, 'node_modules', '.bin', 'weft');
  sh(bin, ['compile', 'prog.py', '-o', 'prog.json'], project);
  const body = (entry) => `
    const rt = await Runtime.create({ stdout: (t) => process.stdout.write('[${entry}] ' + t) });
    rt.exec(fs.readFileSync('prog.json', 'utf8'), { argv: ['prog.json', '${entry}'] });
    await rt.runUntilIdle();
    console.log(await Runtime.hasCompiler());
  `;
  fs.writeFileSync(
    path.join(project, 'rt.mjs'),
    `import fs from 'node:fs';\nimport { Runtime } from 'weft/runtime';\n${body('runtime import')}`,
  );
  assert.equal(sh(process.execPath, ['rt.mjs'], project), "[runtime import] hello from ['runtime import'] 5050\nfalse\n");
  fs.writeFileSync(
    path.join(project, 'rt.cjs'),
    `const fs = require('node:fs');\nconst { Runtime } = require('weft/runtime');\n(async () => {${body('runtime require')}})();\n`,
  );
  assert.equal(sh(process.execPath, ['rt.cjs'], project), "[runtime require] hello from ['runtime require'] 5050\nfalse\n");
});
