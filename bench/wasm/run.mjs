// The WebAssembly benchmark table: every program of bench/ under Weft's
// npm package (pkg/, in Node), Pyodide, MicroPython's WebAssembly build and
// plain JavaScript (async/await, and generators under a round-robin
// scheduler), each run in its own Node process, engines alternating so
// machine noise hits them alike. Prints medians and the targets.
//
//   node bench/wasm/run.mjs [--runs N] [PROGRAM ...]
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

// program -> [metric regex, unit, size per engine (the slow peers run a
// smaller instance: per-operation metrics do not depend on it, and ring's
// total is scaled to 100,000 tasklets)].
const FULL = { pingpong: ['500000'], yieldloop: ['100', '5000'], ring: ['100000'], spawn: ['200000'] };
const SMALL = { pingpong: ['50000'], yieldloop: ['100', '500'], ring: ['10000'], spawn: ['2000'] };
const PROGRAMS = {
  fib: [/ s=([0-9.]+)/, 's'],
  loops: [/ s=([0-9.]+)/, 's'],
  objects: [/ s=([0-9.]+)/, 's'],
  pingpong: [/ns_per_transfer=([0-9.]+)/, 'ns/transfer'],
  yieldloop: [/ns_per_switch=([0-9.]+)/, 'ns/switch'],
  ring: [/total_s=([0-9.]+)/, 's (N=100k)'],
  spawn: [/ns_per_tasklet=([0-9.]+)/, 'ns/tasklet'],
};
const ENGINES = ['weft', 'pyodide', 'micropython', 'js-async', 'js-gen'];
const SLOW = new Set(['pyodide', 'micropython']);

function size(engine, program) {
  if (!FULL[program]) return [];
  return (SLOW.has(engine) ? SMALL : FULL)[program];
}

function measure(engine, program) {
  if (engine.startsWith('js-') && !FULL[program]) return null;
  const args = size(engine, program);
  let out;
  try {
    out = execFileSync(process.execPath, [join(HERE, 'engine.mjs'), engine, program, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 600_000,
    });
  } catch (e) {
    const why = String(e.stderr || e.message).match(/(RuntimeError|Error): [^\n]{0,80}/);
    console.error(`  ${engine} ${program} failed: ${why ? why[0] : 'exit ' + e.status}`);
    return null;
  }
  const m = out.match(PROGRAMS[program][0]);
  if (!m) return null;
  let v = Number(m[1]);
  if (program === 'ring') v *= 100000 / Number(args[0]);
  return v;
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

let runs = 3;
const names = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else names.push(argv[i]);
}
const programs = names.length ? names : Object.keys(PROGRAMS);

const fmt = (v) => (v === null ? '-' : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4));
const pad = (s, n) => String(s).padStart(n);
console.log(`wasm, Node ${process.versions.node}`);
console.log(
  'program    unit          ' +
    ENGINES.map((e) => pad(e, 12)).join('') +
    '   targets (weft faster than pyodide and micropython; pingpong, ring: than js-async; yieldloop: within 1.5x of js-async)',
);
for (const program of programs) {
  const samples = Object.fromEntries(ENGINES.map((e) => [e, []]));
  for (let r = 0; r < runs; r++) for (const e of ENGINES) samples[e].push(measure(e, program));
  const med = Object.fromEntries(ENGINES.map((e) => [e, median(samples[e])]));
  const w = med.weft;
  const verdicts = [];
  const beat = (peer, factor = 1) => {
    if (w === null || med[peer] === null) return;
    const ok = w <= med[peer] * factor;
    verdicts.push(`${factor === 1 ? '<' : '<=' + factor + 'x'} ${peer} ${ok ? 'ok' : 'MISS'}`);
  };
  beat('pyodide');
  beat('micropython');
  if (program === 'pingpong' || program === 'ring') beat('js-async');
  if (program === 'yieldloop') beat('js-async', 1.5);
  console.log(
    program.padEnd(10) + ' ' + PROGRAMS[program][1].padEnd(13) + ENGINES.map((e) => pad(fmt(med[e]), 12)).join('') + '   ' + verdicts.join(', '),
  );
}
console.log(`(medians of ${runs}; in-program times of the run after each engine's warm-up in its process (runs for at least 500 ms); pyodide and micropython run smaller instances of the tasklet programs: ${JSON.stringify(SMALL)})`);
