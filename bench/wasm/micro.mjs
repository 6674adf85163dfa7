// The per-operation table: bench/micro.py (common operations one at a
// time, ns each) under Weft's npm package and under Pyodide, each run in
// its own Node process, engines alternating. Prints the median of each
// operation and Weft's time as a multiple of Pyodide's. A report for
// planning: no targets (those are bench/wasm/run.mjs's).
//
//   node bench/wasm/micro.mjs [--runs N]
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ENGINES = ['weft', 'pyodide'];

/** One run: { operation: ns } from the last (warm) round the program prints. */
function measure(engine) {
  const out = execFileSync(process.execPath, [join(HERE, 'engine.mjs'), engine, 'micro'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 600_000,
  });
  const last = out.trim().split('\n').pop();
  return Object.fromEntries(last.split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
}

let runs = 3;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) if (argv[i] === '--runs') runs = Number(argv[++i]);

const samples = Object.fromEntries(ENGINES.map((e) => [e, []]));
for (let r = 0; r < runs; r++) for (const e of ENGINES) samples[e].push(measure(e));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ops = Object.keys(samples.weft[0]);
console.log(`bench/micro.py in wasm, Node ${process.versions.node}: ns per operation, medians of ${runs}`);
console.log('operation'.padEnd(20) + 'weft'.padStart(10) + 'pyodide'.padStart(10) + '  weft/pyodide');
for (const op of ops) {
  const [w, p] = ENGINES.map((e) => median(samples[e].map((s) => s[op])));
  console.log(op.padEnd(20) + w.toFixed(1).padStart(10) + p.toFixed(1).padStart(10) + `  ${(w / p).toFixed(2)}x`);
}
