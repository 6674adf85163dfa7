// The package through a bundler, as a web developer uses it: `npm pack`,
// installed offline into an empty Vite project, `vite build` (no warnings,
// the .wasm emitted as an asset), then the built site served statically
// and run in Debian's chromium: a tasklet program prints on the page.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PKG, sh } from './util.mjs';

const CHROMIUM = process.env.WEFT_CHROMIUM || '/usr/bin/chromium';
const VITE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'vite', 'bin', 'vite.js');
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-vite-'));
const project = path.join(tmp, 'project');

const MAIN = `
import { Runtime } from 'weft';
const out = document.getElementById('out');
const rt = await Runtime.create({ stdout: (t) => (out.textContent += t) });
rt.exec(\`import stackless
ch = stackless.channel()
def sender():
    ch.send("hi from a tasklet")
stackless.tasklet(sender)()
print(ch.receive(), sum(range(101)), "\\\\N{BULLET}")
\`);
await rt.runUntilIdle();
document.title = 'done';
`;

let server;
let browser;
after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

test('vite builds a project that imports weft, without warnings', () => {
  const [info] = JSON.parse(sh('npm', ['pack', PKG, '--pack-destination', tmp, '--json', '--silent'], tmp));
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', path.join(tmp, info.filename)], project);
  fs.writeFileSync(
    path.join(project, 'index.html'),
    '<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module" src="./main.js"></script>\n',
  );
  fs.writeFileSync(path.join(project, 'main.js'), MAIN);
  // Top-level await needs a modern target (every browser with WebAssembly
  // and ES modules has it).
  fs.writeFileSync(path.join(project, 'vite.config.js'), "export default { build: { target: 'es2022' } };\n");
  const r = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { cwd: project, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim(), '', 'vite printed warnings');
  const assets = fs.readdirSync(path.join(project, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm among ${assets}`);
  assert.ok(assets.some((f) => f.endsWith('.bin')), `no weft_unicode.bin among ${assets}`);
});

test('the built site runs in chromium', async () => {
  const dist = path.join(project, 'dist');
  server = http.createServer((req, res) => {
    const rel = new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(dist, path.normalize(rel));
    if (!file.startsWith(dist) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.title === 'done' || document.title === 'failed', null, { timeout: 30000 });
  assert.deepEqual(errors, []);
  assert.equal(await page.textContent('#out'), 'hi from a tasklet 5050 •\n');
});
