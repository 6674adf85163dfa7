#!/usr/bin/env node
// The package's command line for Node.js scripts, matching the native one:
// `weft run [OPTIONS] FILE.py [ARGS...]`, `weft resume [OPTIONS] S.json`
// and `weft compile FILE.py [-o OUT.json]`
// (with `--snapshot-after N --snapshot-file S.json` to stop and save, and
// `--max-memory`, `--max-instructions`, `--max-tasklets`, `--max-recursion`).
// Output goes to stdout, tracebacks to stderr, and the exit status is
// CPython's (1 for an uncaught exception or a syntax error, the sys.exit
// code otherwise, 2 when a file cannot be opened or the command line is
// wrong); a snapshot written exits 0.

import fs from 'node:fs';
import path from 'node:path';
import { Runtime } from './index.js';

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const HELP = `Weft: a stackless Python for WebAssembly and the command line

Usage: weft <COMMAND>

Commands:
  run      Run a Python program, like \`python3 FILE.py ARGS...\`
  compile  Compile a Python program to JSON that \`weft run\` and the runtime-only build load
  resume   Continue a program from a snapshot written by \`run --snapshot-after\`
  help     Print this message or the help of the given subcommand(s)

Options:
  -h, --help     Print help
  -V, --version  Print version
`;

// The resource-limit options, the same for `run` and `resume`.
const LIMITS_HELP = `      --max-memory <BYTES>      Heap bytes the program may use (K, M, G suffixes: 64M); past it the running tasklet gets MemoryError
      --max-instructions <N>    Instructions the program may execute in this process (a resumed snapshot starts counting afresh); then it is stopped with status 1
      --max-tasklets <N>        Tasklets that may exist at once; past it the creating tasklet gets RuntimeError
      --max-recursion <N>       The deepest recursion sys.setrecursionlimit may allow
`;

const RUN_HELP = `Run a Python program, like \`python3 FILE.py ARGS...\`

Usage: weft run [OPTIONS] <FILE [ARGS]>...

Arguments:
  <FILE [ARGS]>...  The program file, then its arguments (its sys.argv[1:])

Options:
      --slice <N>               Stop after this many instructions per slice (the program still runs to the end; this only exercises resumption)
      --snapshot-after <N>      Run N instructions, write a snapshot of the whole runtime to --snapshot-file and exit 0 (continue it with \`weft resume\`)
      --snapshot-file <S.json>  Where --snapshot-after writes the snapshot
${LIMITS_HELP}  -h, --help                    Print help
`;

const RESUME_HELP = `Continue a program from a snapshot written by \`run --snapshot-after\`

Usage: weft resume [OPTIONS] <S.json>

Arguments:
  <S.json>  The snapshot

Options:
      --slice <N>               Stop after this many instructions per slice (as for \`run\`)
      --snapshot-after <N>      Run N more instructions, then write a new snapshot and exit 0
      --snapshot-file <S.json>  Where --snapshot-after writes the snapshot
${LIMITS_HELP}  -h, --help                    Print help
`;

const COMPILE_HELP = `Compile a Python program to JSON that \`weft run\` and the runtime-only build load

Usage: weft compile [OPTIONS] <FILE.py>

Arguments:
  <FILE.py>  The Python source

Options:
  -o, --output <OUT.json>  Where to write the program (default: FILE.json next to FILE.py)
  -h, --help               Print help
`;

/** A command-line mistake: message on stderr, exit status 2. */
function usageError(message, usage) {
  const u = usage === undefined ? '' : `Usage: ${usage}\n\n`;
  process.stderr.write(`error: ${message}\n\n${u}For more information, try '--help'.\n`);
  return 2;
}

const OPTIONS = {
  '--slice': '--slice <N>',
  '--snapshot-after': '--snapshot-after <N>',
  '--snapshot-file': '--snapshot-file <S.json>',
  '--max-memory': '--max-memory <BYTES>',
  '--max-instructions': '--max-instructions <N>',
  '--max-tasklets': '--max-tasklets <N>',
  '--max-recursion': '--max-recursion <N>',
};

/** The resource-limit options and the `limits` keys they set. */
const LIMIT_OPTIONS = {
  '--max-memory': 'maxMemory',
  '--max-instructions': 'maxInstructions',
  '--max-tasklets': 'maxTasklets',
  '--max-recursion': 'maxRecursion',
};

/** `64M` and the like, as the native CLI reads byte counts. */
function parseBytes(text) {
  const m = /^(\d+)([a-zA-Z]?)$/.exec(text.trim());
  if (!m) return { error: `'${text}' is not a byte count (like 65536 or 64M)` };
  const shift = { '': 0, K: 10, M: 20, G: 30 }[m[2].toUpperCase()];
  if (shift === undefined) return { error: `unknown size suffix '${m[2]}' in '${text}' (use K, M or G)` };
  const n = Number(m[1]) * 2 ** shift;
  return Number.isSafeInteger(n) ? { value: n } : { error: `'${text}' is too large` };
}

/**
 * Parse the options of `run` or `resume`, then the positionals (for `run`
 * the file and the program's arguments; for `resume` one snapshot file).
 * Errors carry the usage line clap prints for them.
 */
function parseArgs(command, args) {
  const positional = command === 'run' ? '<FILE [ARGS]>...' : '<S.json>';
  const values = {};
  const given = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--') {
      i++;
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (OPTIONS[name] !== undefined) {
      let value;
      if (name !== a) {
        value = a.slice(eq + 1);
      } else {
        if (i + 1 >= args.length) return { error: `a value is required for '${OPTIONS[name]}' but none was supplied` };
        value = args[++i];
      }
      if (name === '--max-memory') {
        const b = parseBytes(value);
        if (b.error) return { error: `invalid value '${value}' for '${OPTIONS[name]}': ${b.error}` };
        value = String(b.value);
      } else if (name !== '--snapshot-file' && !/^\d+$/.test(value)) {
        return { error: `invalid value '${value}' for '${OPTIONS[name]}': invalid digit found in string` };
      }
      values[name] = value;
      if (!given.includes(name)) given.push(name);
      continue;
    }
    // Like clap with trailing varargs: `run` takes an unknown option as the file.
    if (command === 'resume' && a.startsWith('-') && a !== '-') {
      return {
        error: `unexpected argument '${a}' found\n\n  tip: to pass '${a}' as a value, use '-- ${a}'`,
        usage: 'weft resume [OPTIONS] <S.json>',
      };
    }
    break;
  }
  // clap's usage line: required options (as given, then missing ones),
  // then the optional --slice when given, then the positional.
  const snap = given.filter((n) => n !== '--slice' && LIMIT_OPTIONS[n] === undefined);
  const missing = [];
  if (snap.length) {
    for (const n of ['--snapshot-after', '--snapshot-file']) if (!snap.includes(n)) missing.push(n);
  }
  const usage = [
    `weft ${command}`,
    ...[...snap, ...missing].map((n) => OPTIONS[n]),
    ...(given.includes('--slice') ? [OPTIONS['--slice']] : []),
    positional,
  ].join(' ');
  const lines = missing.map((n) => OPTIONS[n]);
  if (i >= args.length) lines.push(positional);
  if (lines.length) {
    return { error: `the following required arguments were not provided:\n${lines.map((l) => `  ${l}`).join('\n')}`, usage };
  }
  const rest = args.slice(i);
  if (command === 'resume' && rest.length > 1) {
    return { error: `unexpected argument '${rest[1]}' found`, usage: 'weft resume [OPTIONS] <S.json>' };
  }
  const slice = values['--slice'] === undefined ? undefined : Math.max(Number(values['--slice']), 1);
  const save =
    values['--snapshot-after'] === undefined
      ? undefined
      : { after: Number(values['--snapshot-after']), file: values['--snapshot-file'] };
  const limits = {};
  for (const [option, key] of Object.entries(LIMIT_OPTIONS)) {
    if (values[option] !== undefined) limits[key] = Number(values[option]);
  }
  return { slice, save, limits, file: rest[0], args: rest.slice(1) };
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

/**
 * Run to the end, or (with `save`) until `save.after` instructions have
 * run, then write the snapshot and exit 0, as the native CLI does.
 */
async function drive(rt, slice, save, limits) {
  try {
    if (save === undefined) {
      const r = await rt.runUntilIdle(slice === undefined ? {} : { budget: slice });
      return r.status === 'limit' ? instructionLimitReached(limits) : r.exitCode;
    }
    const budget = slice === undefined ? Infinity : slice;
    let left = save.after;
    for (;;) {
      if (left === 0) return writeSnapshot(rt, save.file);
      const before = rt.instructions;
      const r = rt.run({ budget: Math.min(budget, left) });
      left = Math.max(0, left - (rt.instructions - before));
      if (r.status === 'idle' || r.status === 'error') return r.exitCode;
      if (r.status === 'limit') return instructionLimitReached(limits);
      if (r.status === 'waiting') await rt.wait();
    }
  } catch (e) {
    if (e.name === 'WeftPythonError') return e.exitCode;
    throw e;
  }
}

/** The native CLI's message when --max-instructions stops the program. */
function instructionLimitReached(limits) {
  process.stderr.write(`weft: the instruction limit (${limits.maxInstructions}) was reached; the program was stopped\n`);
  return 1;
}

function writeSnapshot(rt, file) {
  let text;
  try {
    text = rt.snapshot();
  } catch (e) {
    if (e.name !== 'WeftSnapshotError') throw e;
    process.stderr.write(`weft: cannot snapshot: ${e.detail}\n`);
    return 1;
  }
  return writeOut(file, text, 'snapshot ');
}

/** The text of `file`, or null after saying why it cannot be read (`what`: its kind). */
function readIn(file, what) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`weft: can't open ${what} '${file}': ${openError(e)}\n`);
    return null;
  }
}

/** Write `text` to `file`: status 0, or 2 with a message (`what` names the file's kind). */
function writeOut(file, text, what) {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    process.stderr.write(`weft: can't write ${what}'${file}': ${openError(e)}\n`);
    return 2;
  }
  return 0;
}

async function resume({ slice, save, limits, file }) {
  const text = readIn(file, 'snapshot');
  if (text === null) return 2;
  let rt;
  try {
    rt = await Runtime.restore(text, { stdin: stdinReader(), limits });
  } catch (e) {
    if (e.name !== 'WeftSnapshotError') throw e;
    process.stderr.write(`weft: cannot resume from '${file}': ${e.detail}\n`);
    return 2;
  }
  return drive(rt, slice, save, limits);
}

async function run({ slice, save, limits, file, args }) {
  const source = readIn(file, 'file');
  if (source === null) return 2;
  const rt = await Runtime.create({ stdin: stdinReader(), limits });
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
  return drive(rt, slice, save, limits);
}

/** `compile`'s arguments: `{ file, output }`, `{ help }` or `{ error, usage }`. */
function parseCompileArgs(args) {
  const usage = 'weft compile [OPTIONS] <FILE.py>';
  let file;
  let output;
  let positional = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!positional && (a === '-h' || a === '--help')) return { help: true };
    if (!positional && a === '--') {
      positional = true;
      continue;
    }
    let value;
    if (!positional && (a === '-o' || a === '--output')) {
      if (i + 1 >= args.length) {
        return { error: "a value is required for '--output <OUT.json>' but none was supplied" };
      }
      value = args[++i];
    } else if (!positional && a.startsWith('--output=')) {
      value = a.slice('--output='.length);
    } else if (!positional && a.startsWith('-o') && a.length > 2) {
      value = a.slice(2);
    } else if (!positional && a.startsWith('-') && a !== '-') {
      return { error: `unexpected argument '${a}' found\n\n  tip: to pass '${a}' as a value, use '-- ${a}'`, usage };
    } else if (file === undefined) {
      file = a;
      continue;
    } else {
      return { error: `unexpected argument '${a}' found`, usage };
    }
    output = value;
  }
  if (file === undefined) {
    const given = output === undefined ? '' : ' --output <OUT.json>';
    return {
      error: 'the following required arguments were not provided:\n  <FILE.py>',
      usage: `weft compile${given} <FILE.py>`,
    };
  }
  return { file, output };
}

/** `weft compile`: write the program, or print the syntax error (status 1). */
async function compile({ file, output }) {
  const source = readIn(file, 'file');
  if (source === null) return 2;
  const out = output ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.json`);
  if (out === file) {
    process.stderr.write(`weft: the program would overwrite its source '${file}': name another with -o\n`);
    return 2;
  }
  let program;
  try {
    program = await Runtime.compile(source, { filename: file });
  } catch (e) {
    if (e.name !== 'WeftSyntaxError') throw e;
    process.stderr.write(e.text);
    return 1;
  }
  return writeOut(out, program, '');
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
  const helps = { run: RUN_HELP, resume: RESUME_HELP, compile: COMPILE_HELP };
  if (command === 'help' && helps[rest[0]] !== undefined) {
    process.stdout.write(helps[rest[0]]);
    return 0;
  }
  if (command === 'compile') {
    const parsed = parseCompileArgs(rest);
    if (parsed.help) {
      process.stdout.write(COMPILE_HELP);
      return 0;
    }
    if (parsed.error) return usageError(parsed.error, parsed.usage);
    return compile(parsed);
  }
  if (command !== 'run' && command !== 'resume') {
    return usageError(`unrecognized subcommand '${command}'`, 'weft <COMMAND>');
  }
  const parsed = parseArgs(command, rest);
  if (parsed.help) {
    process.stdout.write(helps[command]);
    return 0;
  }
  if (parsed.error) return usageError(parsed.error, parsed.usage);
  return command === 'run' ? run(parsed) : resume(parsed);
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
