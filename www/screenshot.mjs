// Takes docs/playground.png: the playground in Debian's chromium (through
// tests/js's playwright-core) while the canvas example runs, with a
// tasklet selected in the live view.
//   node www/screenshot.mjs [OUT.png]      (after make wasm www setup-js)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/js/node_modules/playwright-core/index.mjs';
import { createServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] || path.join(ROOT, 'docs', 'playground.png'));

const server = createServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.WEFT_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.selectOption('#examples', 'particles');
  await page.waitForFunction(() => document.querySelector('.cm-content').textContent.includes('FRAMES'));
  await page.click('#run');
  // Once the console has a line, with a tasklet selected in the live view.
  await page.waitForFunction(() => document.querySelector('#console .output').textContent.includes('frame 60'));
  await page.click('#live .tasklets tbody tr:nth-child(4)');
  await page.waitForSelector('#live .detail .frame');
  if ((await page.getAttribute('#status', 'data-state')) === 'done') throw new Error('the example ended too soon');
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  server.close();
}
