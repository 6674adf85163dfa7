// The playground's static server (no framework): www/ at /, the npm package
// (pkg/) at /pkg/, cross-origin isolated. `node www/serve.mjs [--port N] [--host H]`; PORT and HOST
// are read from the environment too. Prints the URL once it listens.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = path.dirname(fileURLToPath(import.meta.url));
const ROOTS = { '/pkg/': path.resolve(WWW, '..', 'pkg'), '/': WWW };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
  '.out': 'text/plain; charset=utf-8',
  '.in': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0 && process.argv[i + 1]) return process.argv[i + 1];
  return process.env[name.toUpperCase()] || fallback;
}

/** The file a URL path names, or null when it is outside the served roots. */
function resolve(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const prefix = Object.keys(ROOTS).find((p) => decoded.startsWith(p));
  const root = ROOTS[prefix];
  let file = path.join(root, path.normalize('/' + decoded.slice(prefix.length)));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  // Keep the playground's own tooling private.
  if (root === WWW && /^\/(node_modules|package(-lock)?\.json|serve\.mjs)/.test(file.slice(root.length))) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return file;
}

export function createServer() {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const file = resolve(new URL(req.url, 'http://localhost').pathname);
    if (file === null || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('not found\n');
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      // Cross-origin isolation: the worker may block on a SharedArrayBuffer
      // for input() (src/input-line.js).
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'content-length': fs.statSync(file).size,
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(option('port', '8000'));
  const host = option('host', '127.0.0.1');
  for (const built of [path.join(ROOTS['/pkg/'], 'index.js'), path.join(WWW, 'dist', 'main.js')]) {
    if (!fs.existsSync(built)) {
      console.error(`serve.mjs: ${path.relative(process.cwd(), built)} is not built; run \`make playground\` (or \`make wasm www\`)`);
      process.exit(1);
    }
  }
  const server = createServer();
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    console.log(`Weft playground: http://${host}:${actual}/`);
  });
}
