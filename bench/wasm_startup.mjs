// Start-up of the npm package in Node: the time from spawning a process to
// the first line it prints, for `weft run hello.py` through the package's
// CLI, next to a bare `node -e` and the native CLI, alternating runs so that
// machine noise hits all alike. Prints the median and the spread.
//
//   node bench/wasm_startup.mjs [--runs N] [--pkg DIR] [--native PATH]

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', 21));
const pkg = path.resolve(opt('--pkg', path.join(root, 'pkg')));
const native = path.resolve(opt('--native', path.join(root, 'target', 'release', 'weft')));

const hello = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'weft-startup-')), 'hello.py');
fs.writeFileSync(hello, 'print("hello, world")\n');

/** Milliseconds from spawn to the first stdout byte. */
function firstLine(cmd, argv) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let t;
    child.stdout.once('data', () => (t = performance.now() - t0));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && t !== undefined ? resolve(t) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

const subjects = [
  ['node -e (bare Node)', process.execPath, ['-e', 'console.log("hello, world")']],
  ['weft (npm package, Node CLI)', process.execPath, [path.join(pkg, 'cli.js'), 'run', hello]],
];
if (fs.existsSync(native)) subjects.push(['weft (native CLI)', native, ['run', hello]]);

const times = subjects.map(() => []);
for (let r = 0; r < runs; r++) {
  for (let i = 0; i < subjects.length; i++) times[i].push(await firstLine(subjects[i][1], subjects[i][2]));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`time to the first printed line, ${runs} runs each (ms): median [min, max]`);
subjects.forEach(([name], i) => {
  const xs = times[i];
  console.log(`  ${name.padEnd(30)} ${median(xs).toFixed(1).padStart(7)}  [${Math.min(...xs).toFixed(1)}, ${Math.max(...xs).toFixed(1)}]`);
});
