// Run one benchmark program under one engine, in this process, and print
// the line the program prints (with its in-program timing).
//
//   node bench/wasm/engine.mjs ENGINE PROGRAM [ARGS...]
//
// ENGINE: weft (the npm package in pkg/, WebAssembly), pyodide, micropython
// (their npm packages, from bench/wasm/node_modules), js-async, js-gen
// (bench/wasm/js_peers.mjs). PROGRAM: fib, loops, objects, micro (the same Python
// source for every Python engine), pingpong, yieldloop, ring, spawn (Weft
// runs bench/NAME.py with stackless; Pyodide and MicroPython run the asyncio
// peer bench/peers/NAME_asyncio.py with a rendezvous channel on futures
// (Pyodide) or events (MicroPython, whose asyncio has no futures)).
// WEFT_PKG=DIR measures another build of the package (default: pkg/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const BENCH = dirname(HERE);
const ROOT = dirname(BENCH);
// Instructions per `run` call: V8 swaps in optimized code for the interpreter
// loop only when it is entered again (no on-stack replacement for wasm).
const SLICE = Number(process.env.WEFT_SLICE || 20000);
const TASKLET_PROGRAMS = ['pingpong', 'yieldloop', 'ring', 'spawn'];

const [engine, program, ...args] = process.argv.slice(2);
const read = (path) => readFileSync(path, 'utf8');

/** The asyncio version of a tasklet benchmark, with its channel inlined and
 * `asyncio.run(main())` turned into a top-level await (both Pyodide and
 * MicroPython run the program inside their own event loop). */
function asyncioSource(name, channelFile, micro) {
  let src = read(join(BENCH, 'peers', `${name}_asyncio.py`));
  src = src.replace('from aiochannel import Channel', read(channelFile));
  src = src.replace(/^asyncio\.run\(main\(\)\)\s*$/m, 'await main()\n');
  if (micro) src = src.replace(/asyncio\.ensure_future/g, 'asyncio.create_task');
  return src;
}

/** MicroPython's `time` has no perf_counter: give the programs one. */
function forMicroPython(src) {
  return src.replace(/time\.perf_counter\(\)/g, '(time.time_ns() / 1e9)');
}

function pythonSource(which) {
  if (!TASKLET_PROGRAMS.includes(program)) {
    const src = read(join(BENCH, `${program}.py`));
    return which === 'micropython' ? forMicroPython(src) : src;
  }
  if (which === 'pyodide') return asyncioSource(program, join(BENCH, 'peers', 'aiochannel.py'), false);
  return forMicroPython(asyncioSource(program, join(HERE, 'aiochannel_events.py'), true));
}

const argvSetup = `import sys\nsys.argv.clear()\nsys.argv.extend(${JSON.stringify([program, ...args])})\n`;

async function runWeft() {
  const pkg = process.env.WEFT_PKG || join(ROOT, 'pkg');
  const { Runtime } = await import(pathToFileURL(join(pkg, 'index.js')).href);
  let out = '';
  const rt = await Runtime.create({ stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t) });
  rt.exec(read(join(BENCH, `${program}.py`)), { filename: `${program}.py`, argv: [`${program}.py`, ...args] });
  let r;
  for (;;) {
    r = rt.run({ budget: SLICE });
    if (r.status === "waiting") await rt.wait();
    else if (r.status !== "budget") break;
  }
  if (r.status !== 'idle' || r.exitCode !== 0) throw new Error(`weft: ${r.status}`);
  return out;
}

let pyodide;
async function runPyodide() {
  const { loadPyodide } = await import('pyodide');
  const py = (pyodide ??= await loadPyodide());
  let out = '';
  py.setStdout({ write: (b) => ((out += Buffer.from(b).toString()), b.length) });
  await py.runPythonAsync(argvSetup + pythonSource('pyodide'));
  return out;
}

let micropython;
let microOut = '';
async function runMicroPython() {
  const { loadMicroPython } = await import('@micropython/micropython-webassembly-pyscript');
  microOut = '';
  const mp = (micropython ??= await loadMicroPython({ stdout: (t) => (microOut += t + '\n'), heapsize: 512 * 1024 * 1024 }));
  await mp.runPythonAsync(argvSetup + pythonSource('micropython'));
  return microOut;
}

async function runJs(style) {
  const { peers } = await import('./js_peers.mjs');
  const f = peers[style][program];
  if (!f) throw new Error(`no ${style} JavaScript version of ${program}`);
  return (await f(...args.map(Number))) + '\n';
}

const engines = {
  weft: runWeft,
  pyodide: runPyodide,
  micropython: runMicroPython,
  'js-async': () => runJs('async'),
  'js-gen': () => runJs('gen'),
};
if (!engines[engine] || !program) {
  console.error(`usage: engine.mjs {${Object.keys(engines).join('|')}} PROGRAM [ARGS...]`);
  process.exit(2);
}
// Every engine runs the program in this process until its JIT is warm — at
// least once and for at least WARM_MS in all — and reports the run after:
// all are measured at full speed. (V8 compiles Weft's interpreter loop, one
// large function, with its optimizing tier in the background, ~150 ms on
// this machine; runs before that are partly in its baseline tier. Pyodide's
// own start-up already runs much Python.)
const WARM_MS = Number(process.env.WEFT_WARM_MS || 500);
const warmStart = performance.now();
do {
  await engines[engine]();
} while (performance.now() - warmStart < WARM_MS);
process.stdout.write(await engines[engine]());
