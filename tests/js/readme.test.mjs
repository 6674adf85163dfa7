// The package README's examples are runnable: every ```js block runs as a
// program (as an ES module, or as CommonJS when it uses require) in a
// folder where `weft` resolves to pkg/, and prints exactly the lines of the
// `// Output:` comment that ends it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, PKG } from './util.mjs';

const readme = fs.readFileSync(path.join(ROOT, 'pkg-template', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-readme-'));
fs.mkdirSync(path.join(dir, 'node_modules'));
fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'weft'), 'dir');

test('the README has examples', () => assert.ok(blocks.length >= 8, `${blocks.length} examples`));

blocks.forEach((code, i) => {
  const title = code.split('\n').find((l) => l.trim() && !l.startsWith('import') && !l.startsWith('const {')) || '';
  test(`README example ${i + 1}: ${title.trim().slice(0, 60)}`, () => {
    const marker = code.lastIndexOf('// Output:\n');
    assert.ok(marker >= 0, 'the example ends with an // Output: comment');
    const expected = code
      .slice(marker + '// Output:\n'.length)
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/ ?/, '') + '\n')
      .join('');
    const file = path.join(dir, `example${i + 1}.${code.includes('require(') ? 'cjs' : 'mjs'}`);
    fs.writeFileSync(file, code);
    const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    assert.equal(r.stderr, '', 'nothing on stderr');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, expected);
  });
});
