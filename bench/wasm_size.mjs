// Download size of the npm package's module: raw, gzip -9 and brotli q11,
// for the whole .wasm and for its code and data sections.
//
//   node bench/wasm_size.mjs [FILE.wasm]   (default pkg/weft_bg.wasm)

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] || path.join(root, 'pkg', 'weft_bg.wasm');
const wasm = fs.readFileSync(file);

/** The module's sections: [id, custom name, bytes]. */
function sections(b) {
  const out = [];
  let i = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    for (;;) {
      const x = b[i++];
      r += (x & 0x7f) * 2 ** shift;
      shift += 7;
      if (x < 0x80) return r;
    }
  };
  while (i < b.length) {
    const id = b[i++];
    const size = leb();
    const body = i;
    let name = '';
    if (id === 0) {
      const len = leb();
      name = b.subarray(i, i + len).toString('utf8');
    }
    out.push([id, name, b.subarray(body, body + size)]);
    i = body + size;
  }
  return out;
}

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`.padStart(9);
const row = (label, b) =>
  console.log(
    label.padEnd(22),
    kib(b.length),
    kib(zlib.gzipSync(b, { level: 9 }).length),
    kib(zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  );

console.log(`${path.relative(process.cwd(), file)}`);
console.log(''.padEnd(22), '      raw', '  gzip -9', 'brotli 11');
row('whole module', wasm);
const names = { 10: 'code section', 11: 'data section' };
for (const [id, name, body] of sections(wasm)) {
  if (names[id]) row(names[id], body);
  else if (id === 0 && body.length > 4096) row(`custom "${name}"`, body);
}
