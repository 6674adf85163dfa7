#!/usr/bin/env node
// The package's command line for Node.js scripts, matching the native one:
// `weft run [OPTIONS] FILE.py [ARGS...]`. Output goes to stdout, tracebacks
// to stderr, and the exit status is CPython's (1 for an uncaught exception
// or a syntax error, the sys.exit code otherwise, 2 when the file cannot be
// opened or the command line is wrong).

import fs from 'node:fs';
import path from 'node:path';
import { Runtime } from './index.js';

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const HELP = `Weft: a stackless Python for WebAssembly and the command line

Usage: weft <COMMAND>

Commands:
  run   Run a Python program, like \`python3 FILE.py ARGS...\`
  help  Print this message or the help of the given subcommand(s)

Options:
  -h, --help     Print help
  -V, --version  Print version
`;

const RUN_HELP = `Run a Python program, like \`python3 FILE.py ARGS...\`

Usage: weft run [OPTIONS] <FILE [ARGS]>...

Arguments:
  <FILE [ARGS]>...  The program file, then its arguments (its sys.argv[1:])

Options:
      --slice <N>  Stop after this many instructions per slice (the program still runs to the end; this only exercises resumption)
  -h, --help       Print help
`;

/** A command-line mistake: message on stderr, exit status 2. */
function usageError(message, usage) {
  process.stderr.write(`error: ${message}\n\nUsage: ${usage}\n\nFor more information, try '--help'.\n`);
  return 2;
}

/** Parse `run`'s arguments: options, then the file, then the program's. */
function parseRun(args) {
  let slice;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    let value;
    if (a === '--slice') {
      if (i + 1 >= args.length) return { error: "a value is required for '--slice <N>' but none was supplied" };
      value = args[++i];
    } else if (a.startsWith('--slice=')) {
      value = a.slice('--slice='.length);
    } else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unexpected argument '${a}' found` };
    } else {
      break;
    }
    if (!/^\d+$/.test(value)) return { error: `invalid value '${value}' for '--slice <N>': invalid digit found in string` };
    slice = Math.max(Number(value), 1);
  }
  if (i >= args.length) return { error: 'the following required arguments were not provided:\n  <FILE [ARGS]>...' };
  return { slice, file: args[i], args: args.slice(i + 1) };
}

/** CPython-like text for a failed open, as Rust's io::Error prints it. */
function openError(e) {
  const texts = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    ENOTDIR: 'Not a directory',
  };
  const errno = typeof e.errno === 'number' ? Math.abs(e.errno) : undefined;
  const text = texts[e.code] || e.message;
  return errno === undefined ? text : `${text} (os error ${errno})`;
}

/**
 * Standard input line by line: a line at once when Python cannot wait
 * (read synchronously), otherwise a promise (read in the background, so
 * other tasklets run meanwhile).
 */
function stdinReader() {
  const decoder = new TextDecoder();
  const chunk = Buffer.alloc(65536);
  let text = '';
  let eof = false;
  const take = () => {
    const nl = text.indexOf('\n');
    if (nl >= 0) {
      const line = text.slice(0, nl + 1);
      text = text.slice(nl + 1);
      return line;
    }
    if (eof) {
      const rest = text;
      text = '';
      return rest === '' ? null : rest;
    }
    return undefined;
  };
  const got = (n) => {
    if (n === 0) {
      eof = true;
      text += decoder.decode();
    } else {
      text += decoder.decode(chunk.subarray(0, n), { stream: true });
    }
  };
  const readSync = () => {
    for (;;) {
      try {
        return got(fs.readSync(0, chunk, 0, chunk.length, null));
      } catch (e) {
        if (e.code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        } else if (e.code === 'EOF') {
          return got(0);
        } else {
          throw e;
        }
      }
    }
  };
  const readAsync = () =>
    new Promise((resolve, reject) =>
      fs.read(0, chunk, 0, chunk.length, null, (e, n) => {
        if (e && e.code !== 'EAGAIN') return reject(e);
        if (e) return setTimeout(resolve, 10);
        got(n);
        resolve();
      }),
    );
  return ({ sync }) => {
    let line = take();
    if (line !== undefined) return line;
    if (sync) {
      while ((line = take()) === undefined) readSync();
      return line;
    }
    return (async () => {
      while ((line = take()) === undefined) await readAsync();
      return line;
    })();
  };
}

async function run({ slice, file, args }) {
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`weft: can't open file '${file}': ${openError(e)}\n`);
    return 2;
  }
  const rt = await Runtime.create({ stdin: stdinReader() });
  // Like CPython, code objects of the main script carry its absolute path.
  let display = file;
  try {
    display = fs.realpathSync(file);
  } catch {
    display = path.resolve(file);
  }
  try {
    rt.exec(source, { filename: display, argv: [file, ...args] });
  } catch (e) {
    if (e.name !== 'WeftSyntaxError') throw e;
    process.stderr.write(e.text);
    return 1;
  }
  try {
    const r = await rt.runUntilIdle(slice === undefined ? {} : { budget: slice });
    return r.exitCode;
  } catch (e) {
    if (e.name === 'WeftPythonError') return e.exitCode;
    throw e;
  }
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(HELP);
    return 2;
  }
  if (command === '-h' || command === '--help' || (command === 'help' && rest.length === 0)) {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === '-V' || command === '--version') {
    process.stdout.write(`weft ${pkg.version}\n`);
    return 0;
  }
  if (command === 'help' && rest[0] === 'run') {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  if (command !== 'run') return usageError(`unrecognized subcommand '${command}'`, 'weft <COMMAND>');
  const parsed = parseRun(rest);
  if (parsed.help) {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  if (parsed.error) return usageError(parsed.error, 'weft run <FILE [ARGS]>...');
  return run(parsed);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = Math.min(Math.max(status, 0), 255);
    // A background read of stdin may still be pending: do not wait for it.
    process.stdout.write('', () => process.exit());
  },
  (e) => {
    process.stderr.write(`weft: ${e && e.stack ? e.stack : e}\n`);
    process.exit(70);
  },
);
