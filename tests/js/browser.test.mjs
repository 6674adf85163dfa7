// Browser smoke test: Debian's chromium (driven by playwright-core, which
// never downloads a browser) loads the package with a plain
// `<script type="module">` from a local static server — no bundler — and
// runs programs: output, an infinite loop that leaves the page responsive
// until interrupt(), time.sleep on timers, input() from an async stdin and
// a Python exception.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PKG } from './util.mjs';

const CHROMIUM = process.env.WEFT_CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>weft smoke test</title>
<pre id="out"></pre>
<script type="module">
  import { Runtime, WeftPythonError } from '/pkg/index.js';
  const results = {};
  const make = async (extra = {}) => {
    let out = '';
    const rt = await Runtime.create({ stdout: (t) => (out += t), stderr: (t) => (out += t), ...extra });
    rt.output = () => out;
    return rt;
  };
  try {
    let rt = await make();
    rt.exec('import sys\\nprint("hello from", sys.platform != "", sum(range(101)))');
    results.hello = [await rt.runUntilIdle(), rt.output()];

    rt = await make();
    rt.exec('n = 0\\nwhile True:\\n    n += 1');
    let frames = 0;
    let last = performance.now(), maxGap = 0;
    const tick = () => { const n = performance.now(); maxGap = Math.max(maxGap, n - last); last = n; frames++; if (!stop) setTimeout(tick, 4); };
    let stop = false;
    tick();
    setTimeout(() => rt.interrupt(), 300);
    results.loop = [await rt.runUntilIdle({ sliceMs: 8 }), frames, maxGap];
    stop = true;

    rt = await make();
    rt.exec('import stackless, time\\nstackless.tasklet(lambda: print("neighbour"))()\\nt0 = time.monotonic()\\ntime.sleep(0.1)\\nprint("slept", time.monotonic() - t0 >= 0.1)');
    const t0 = performance.now();
    results.sleep = [await rt.runUntilIdle(), rt.output(), performance.now() - t0];

    rt = await make({ stdin: () => new Promise((r) => setTimeout(() => r('browser line'), 50)) });
    rt.exec('import stackless\\nstackless.tasklet(lambda: None)()\\nprint("read", input("? "))');
    results.input = [await rt.runUntilIdle(), rt.output()];

    rt = await make();
    rt.exec('def f():\\n    raise KeyError("k")\\nf()', { filename: 'page.py' });
    try {
      await rt.runUntilIdle();
      results.error = 'no error';
    } catch (e) {
      results.error = [e instanceof WeftPythonError, e.pythonType, e.traceback];
    }
  } catch (e) {
    results.failure = String(e && e.stack || e);
  }
  document.getElementById('out').textContent = JSON.stringify(results);
  window.__results = results;
</script>
`;

let server;
let base;
let browser;

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const file = path.join(PKG, path.normalize(url.pathname.replace(/^\/pkg\//, '/')));
    if (!url.pathname.startsWith('/pkg/') || !file.startsWith(PKG) || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

test('the package runs in chromium from a plain module script', async () => {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(base);
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 60000 });
  const r = await page.evaluate(() => window.__results);
  assert.equal(r.failure, undefined, r.failure);
  assert.deepEqual(r.hello, [{ status: 'idle', exitCode: 0 }, 'hello from True 5050\n']);
  assert.deepEqual(r.loop[0], { status: 'interrupted' });
  // A frozen page would run the timer once and wait 300 ms for the next.
  assert.ok(r.loop[1] >= 8, `the page ran ${r.loop[1]} timer callbacks during the loop`);
  assert.ok(r.loop[2] < 250, `the longest gap between timer callbacks was ${r.loop[2]} ms`);
  assert.deepEqual(r.sleep.slice(0, 2), [{ status: 'idle', exitCode: 0 }, 'neighbour\nslept True\n']);
  assert.ok(r.sleep[2] >= 95, `sleep took ${r.sleep[2]} ms`);
  assert.deepEqual(r.input, [{ status: 'idle', exitCode: 0 }, '? read browser line\n']);
  assert.equal(r.error[0], true);
  assert.equal(r.error[1], 'KeyError');
  assert.match(r.error[2], /File "page\.py", line 2, in f\n/);
  // No warnings: in particular the .wasm was compiled while streaming.
  assert.deepEqual(messages.filter((m) => !m.startsWith('log:')), []);
  await page.close();
});

// The compiler's Unicode data (`\N{...}` names, NFKC of non-ASCII names) is
// not in the .wasm: the package reads weft_unicode.bin synchronously on
// first use, in a window (a text request that keeps the bytes) and in a
// worker (an arraybuffer request).
test('\\N{...} escapes and non-ASCII names compile in a window and in a worker', async () => {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 60000 });
  const program = 'ﬁle = "\\N{BULLET}\\N{greek small letter alpha}"\n명 = "\\N{HANGUL SYLLABLE GAG}"\nprint(file, 명, "\\N{nbsp}" == "\\xa0")\n';
  const expected = [{ status: 'idle', exitCode: 0 }, '•α 각 True\n'];
  const inWindow = await page.evaluate(async (source) => {
    const { Runtime } = await import('/pkg/index.js');
    let out = '';
    const rt = await Runtime.create({ stdout: (t) => (out += t) });
    rt.exec(source);
    return [await rt.runUntilIdle(), out];
  }, program);
  assert.deepEqual(inWindow, expected);
  const inWorker = await page.evaluate(async (source) => {
    const code = `import { Runtime } from '${location.origin}/pkg/index.js';
      onmessage = async (e) => {
        let out = '';
        const rt = await Runtime.create({ stdout: (t) => (out += t) });
        rt.exec(e.data);
        postMessage([await rt.runUntilIdle(), out]);
      };`;
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'module' });
    const answer = new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
    });
    worker.postMessage(source);
    return answer;
  }, program);
  assert.deepEqual(inWorker, expected);
  await page.close();
});

test('snapshots cross between Node and the browser both ways; host functions and channels work there', async () => {
  const { weft } = await import('./util.mjs');
  const PROGRAM = 'import stackless\nch = stackless.channel()\ndef p():\n    for i in range(50):\n        ch.send(i)\ndef c():\n    t = 0\n    for i in range(50):\n        t += ch.receive()\n        if i % 10 == 0:\n            print(i, t)\nstackless.tasklet(p)()\nstackless.tasklet(c)()\nstackless.run()\nprint("end")\n';
  let whole = '';
  const w = await weft.Runtime.create({ stdout: (t) => (whole += t) });
  w.exec(PROGRAM);
  await w.runUntilIdle();
  // Snapshots mid-flight: after 40% (Node) and 60% (browser) of the
  // instructions the whole program takes.
  const total = w.instructions;

  let first = '';
  const n = await weft.Runtime.create({ stdout: (t) => (first += t) });
  n.exec(PROGRAM);
  assert.equal(n.run({ budget: Math.floor(total * 0.4) }).status, 'budget');
  const fromNode = n.snapshot();

  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 60000 });
  const r = await page.evaluate(
    async ([text, program, budget]) => {
      const { Runtime } = await import('/pkg/index.js');
      let rest = '';
      const rt = await Runtime.restore(text, { stdout: (t) => (rest += t) });
      await rt.runUntilIdle();
      let head = '';
      const b = await Runtime.create({ stdout: (t) => (head += t) });
      b.exec(program);
      const status = b.run({ budget }).status;
      const fromBrowser = b.snapshot();
      let hosted = '';
      const h = await Runtime.create({
        stdout: (t) => (hosted += t),
        hostFunctions: { dom: { title: () => new Promise((res) => setTimeout(() => res(document.title), 10)) } },
      });
      const ch = h.channel('events');
      h.exec('import dom, weft_channels\nprint(dom.title(), weft_channels.events.receive())');
      const d = h.runUntilIdle();
      await ch.send({ kind: 'click' });
      await d;
      return { rest, head, status, fromBrowser, hosted };
    },
    [fromNode, PROGRAM, Math.floor(total * 0.6)],
  );
  assert.equal(r.status, 'budget', 'the browser snapshot is taken mid-flight');
  assert.equal(first + r.rest, whole, 'Node -> browser');
  let tail = '';
  const back = await weft.Runtime.restore(r.fromBrowser, { stdout: (t) => (tail += t) });
  await back.runUntilIdle();
  assert.equal(r.head + tail, whole, 'browser -> Node');
  assert.equal(r.hosted, "weft smoke test {'kind': 'click'}\n");
  await page.close();
});

test('the runtime-only build (weft/runtime) runs a precompiled program in the browser, and continues one from Node', async () => {
  const { weft } = await import('./util.mjs');
  const PROGRAM = 'import stackless\ndef count(name, n):\n    for i in range(n):\n        print(name, i)\n        stackless.schedule()\nstackless.tasklet(count)("a", 3)\nstackless.tasklet(count)("b", 3)\nstackless.run()\n';
  const program = await weft.Runtime.compile(PROGRAM, { filename: 'app.py' });
  let whole = '';
  const w = await weft.Runtime.create({ stdout: (t) => (whole += t) });
  w.exec(program);
  await w.runUntilIdle();
  let head = '';
  const n = await weft.Runtime.create({ stdout: (t) => (head += t) });
  n.exec(program);
  n.run({ budget: 40 });
  const page = await browser.newPage();
  const messages = [];
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(base);
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 60000 });
  const r = await page.evaluate(
    async ([program, snapshot]) => {
      const { Runtime } = await import('/pkg/runtime/index.js');
      let out = '';
      const rt = await Runtime.create({ stdout: (t) => (out += t) });
      rt.exec(program);
      await rt.runUntilIdle();
      let rest = '';
      const again = await Runtime.restore(snapshot, { stdout: (t) => (rest += t) });
      await again.runUntilIdle();
      let refused = '';
      try {
        rt.exec('print(1)');
      } catch (e) {
        refused = e.name;
      }
      return { out, rest, refused, compiler: await Runtime.hasCompiler() };
    },
    [program, n.snapshot()],
  );
  assert.deepEqual(messages, []);
  assert.equal(r.out, whole);
  assert.equal(head + r.rest, whole);
  assert.equal(r.refused, 'WeftSyntaxError');
  assert.equal(r.compiler, false);
  await page.close();
});
