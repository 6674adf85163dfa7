// The Weft JavaScript API: Runtime, its errors, and the driver that runs the
// interpreter in slices on the JavaScript event loop.
//
// This file is the body shared by the ES module (index.js) and the CommonJS
// module (index.cjs): pkg-template/build.mjs wraps it with a head that
// defines `loadGlue()` (the initialised wasm-bindgen glue) and a foot that
// exports the names below. It has no imports or exports of its own.

const STDOUT = 1;
const STDERR = 2;
const RUN_BUDGET = 0;
const RUN_EXITED = 1;
const RUN_WAITING = 2;

/** Instructions in the first slice of `runUntilIdle` before it adapts. */
const FIRST_SLICE = 20000;
/** The longest timer `setTimeout` takes (about 24.8 days). */
const MAX_TIMEOUT_MS = 2147483647;

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions === 'object' &&
  process.versions !== null &&
  typeof process.versions.node === 'string';

const CREATE_OPTIONS = ['stdout', 'stderr', 'stdin', 'clock'];
const EXEC_OPTIONS = ['filename', 'argv'];
const RUN_OPTIONS = ['budget'];
const DRIVE_OPTIONS = ['sliceMs', 'budget'];

/** A short description of a value for error messages. */
function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

function typeError(where, what, v) {
  return new TypeError(`${where}: ${what}, got ${describe(v)}`);
}

/** `options` must be undefined or a plain object with only `known` keys. */
function checkOptions(where, options, known) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw typeError(where, 'options must be an object', options);
  }
  for (const k of Object.keys(options)) {
    if (!known.includes(k)) {
      throw new TypeError(`${where}: unknown option '${k}' (known: ${known.join(', ')})`);
    }
  }
  return options;
}

function checkBudget(where, budget) {
  if (budget === undefined) return Infinity;
  if (budget === Infinity || (Number.isInteger(budget) && budget >= 1)) return budget;
  throw typeError(where, 'options.budget must be a positive integer or Infinity', budget);
}

/** A syntax error in a program given to `exec` (Python's `SyntaxError`). */
class WeftSyntaxError extends Error {
  constructor(e) {
    super(`${e.message} (${e.filename}, line ${e.line})`);
    this.name = 'WeftSyntaxError';
    /** `'SyntaxError'`, `'IndentationError'` or `'TabError'`. */
    this.pythonType = e.kind;
    this.filename = e.filename;
    /** 1-based line and column of the error. */
    this.line = e.line;
    this.column = e.column;
    /** Column just past the marked span (0 when CPython marks none). */
    this.endColumn = e.endColumn;
    this.lineText = e.lineText;
    /** The error as CPython prints it. */
    this.text = e.text;
  }
}

/** An uncaught Python exception ended the program. */
class WeftPythonError extends Error {
  constructor(pythonType, traceback, exitCode) {
    const lines = traceback.split('\n').filter((l) => l !== '');
    super(lines.length ? lines[lines.length - 1] : pythonType);
    this.name = 'WeftPythonError';
    /** The exception's class name, e.g. `'ZeroDivisionError'`. */
    this.pythonType = pythonType;
    /** The traceback, exactly as written to stderr. */
    this.traceback = traceback;
    /** The exit status a command line would report (1). */
    this.exitCode = exitCode;
  }
}

/** The interpreter hit an internal error (a bug): the Runtime is unusable. */
class WeftPanicError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'WeftPanicError';
  }
}

/** Default output: Node's process streams, or the console by lines. */
function defaultWriter(stream) {
  if (isNode) {
    const s = stream === STDOUT ? process.stdout : process.stderr;
    return (text) => s.write(text);
  }
  const log = stream === STDOUT ? console.log : console.error;
  let pending = '';
  return (text) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const l of lines) log(l);
  };
}

/**
 * Resolve after the event loop had a turn: `setImmediate` in Node; in
 * browsers `setTimeout(0)`, which costs the 4 ms clamp but lets timers,
 * input and rendering run (measured in Chromium: a `MessageChannel` loop
 * starved timers for 128 ms, `scheduler.yield()` starved them entirely).
 */
function yieldToEventLoop() {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  return new Promise((r) => setTimeout(r, 0));
}

const now = () => performance.now();

/**
 * A Python interpreter. Create one with `await Runtime.create(options)`,
 * give it a program with `exec`, then `await runUntilIdle()` (or drive it
 * yourself with `run` and `wait`).
 */
class Runtime {
  /** Use `Runtime.create`. */
  constructor(token, glue, options) {
    if (token !== CREATE_TOKEN) {
      throw new TypeError('Runtime: use `await Runtime.create(options)`, not `new Runtime()`');
    }
    this._glue = glue;
    this._stdout = options.stdout === undefined ? defaultWriter(STDOUT) : options.stdout;
    this._stderr = options.stderr === undefined ? defaultWriter(STDERR) : options.stderr;
    this._virtual = options.clock === 'virtual';
    // Input: queued lines (null = end of input), the stdin source, and the
    // promise of a line it is still producing.
    this._lines = [];
    this._stdin = null;
    this._stdinEnded = false;
    if (typeof options.stdin === 'string') {
      this._lines = options.stdin === '' ? [] : splitLines(options.stdin);
      this._stdinEnded = true;
    } else if (typeof options.stdin === 'function') {
      this._stdin = options.stdin;
    } else {
      this._stdinEnded = true;
    }
    this._pendingLine = null;
    this._stdinError = null;
    this._warnedSync = false;
    // Errors thrown by the embedder's callbacks during a run.
    this._hostErrors = [];
    this._busy = false;
    this._driving = false;
    this._interrupted = false;
    this._wake = null;
    this._dead = null;
    this._closed = false;
    this._loaded = false;
    this._final = null;
    this._waiting = null;
    const sink = (stream, text) => this._write(stream, text);
    const input = (sync) => this._input(sync);
    this._rt = this._call('Runtime.create', () => new glue.RawRuntime(sink, input, this._virtual));
  }

  /**
   * Create a runtime (loading the WebAssembly module on first use).
   * @param {object} [options] see index.d.ts and the README.
   */
  static async create(options) {
    const o = checkOptions('Runtime.create', options, CREATE_OPTIONS);
    for (const k of ['stdout', 'stderr']) {
      if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'function') {
        throw typeError('Runtime.create', `options.${k} must be a function or null`, o[k]);
      }
    }
    if (o.stdin !== undefined && o.stdin !== null && typeof o.stdin !== 'function' && typeof o.stdin !== 'string') {
      throw typeError('Runtime.create', 'options.stdin must be a function, a string or null', o.stdin);
    }
    if (o.clock !== undefined && o.clock !== 'real' && o.clock !== 'virtual') {
      throw typeError('Runtime.create', "options.clock must be 'real' or 'virtual'", o.clock);
    }
    const glue = await loadGlue();
    return new Runtime(CREATE_TOKEN, glue, o);
  }

  /**
   * Compile `source` and make it the main program (the `__main__` module;
   * globals persist from earlier programs of this runtime). Throws
   * `WeftSyntaxError` when it does not compile.
   */
  exec(source, options) {
    const o = checkOptions('Runtime.exec', options, EXEC_OPTIONS);
    if (typeof source !== 'string') throw typeError('Runtime.exec', 'source must be a string', source);
    const filename = o.filename === undefined ? '<string>' : o.filename;
    if (typeof filename !== 'string') {
      throw typeError('Runtime.exec', 'options.filename must be a string', o.filename);
    }
    if (o.argv !== undefined && (!Array.isArray(o.argv) || !o.argv.every((a) => typeof a === 'string'))) {
      throw typeError('Runtime.exec', 'options.argv must be an array of strings', o.argv);
    }
    this._usable('Runtime.exec');
    if (this._loaded && this._final === null) {
      throw new Error('Runtime.exec: the previous program is still running; run it to the end first');
    }
    const err = this._call('Runtime.exec', () => {
      if (o.argv !== undefined) this._rt.setArgv(o.argv);
      return this._rt.load(source, filename);
    });
    if (err !== undefined) throw new WeftSyntaxError(err);
    this._loaded = true;
    this._final = null;
    this._waiting = null;
  }

  /**
   * Run synchronously for at most `budget` instructions (default: until
   * the program ends or waits). Returns `{ status }`: `'idle'` (the
   * program ended; `exitCode`), `'error'` (an uncaught exception ended
   * it; `exitCode`, `error`), `'budget'` (call `run` again), or
   * `'waiting'` (every tasklet waits for a timer due in `timeout` seconds
   * or, when `input` is true, for a line of input: `await rt.wait()`,
   * then `run` again).
   */
  run(options) {
    const o = checkOptions('Runtime.run', options, RUN_OPTIONS);
    const budget = checkBudget('Runtime.run', o.budget);
    this._usable('Runtime.run');
    if (this._final !== null) return this._final;
    this._hostErrors = [];
    const code = this._call('Runtime.run', () => this._rt.run(budget));
    const result = this._result(code);
    if (this._hostErrors.length) {
      const e = this._hostErrors[0];
      this._hostErrors = [];
      throw e;
    }
    return result;
  }

  _result(code) {
    this._waiting = null;
    if (code === RUN_BUDGET) return { status: 'budget' };
    if (code === RUN_WAITING) {
      const [timeout, input] = this._call('Runtime.run', () => [this._rt.waitTimeout, this._rt.wantsInput]);
      this._waiting = { status: 'waiting', timeout: timeout === undefined ? null : timeout, input };
      return this._waiting;
    }
    const [exitCode, uncaught] = this._call('Runtime.run', () => [this._rt.exitCode, this._rt.takeUncaught()]);
    this._final = uncaught
      ? { status: 'error', exitCode, error: new WeftPythonError(uncaught[0], uncaught[1], exitCode) }
      : { status: 'idle', exitCode };
    return this._final;
  }

  /**
   * After `run` returned `'waiting'`: resolve once the program may go on
   * (its timer is due, a line of input arrived, or `interrupt()` was
   * called). With the virtual clock, timers are due at once.
   */
  async wait() {
    this._usable('Runtime.wait');
    const w = this._waiting;
    this._throwStdinError();
    if (w === null) return;
    if (w.input && (this._lines.length || this._stdinEnded)) return;
    if (this._virtual && w.timeout !== null) {
      this._call('Runtime.wait', () => this._rt.advanceClock(w.timeout));
      return;
    }
    const waits = [];
    let timer;
    if (w.timeout !== null) {
      // Timers may fire a little early by the clock the runtime reads:
      // sleep again until the deadline has really passed.
      const deadline = now() + Math.min(Math.max(w.timeout * 1000, 0), MAX_TIMEOUT_MS);
      waits.push(
        new Promise((resolve) => {
          const sleep = () => {
            const left = deadline - now();
            if (left <= 0) resolve();
            else timer = setTimeout(sleep, Math.max(1, Math.ceil(left)));
          };
          sleep();
        }),
      );
    }
    if (w.input && this._pendingLine) waits.push(this._pendingLine);
    if (waits.length === 0) return;
    if (this._driving) waits.push(new Promise((r) => (this._wake = r)));
    try {
      await Promise.race(waits);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this._wake = null;
    }
    this._throwStdinError();
  }

  /**
   * Run until the program ends, in slices of about `sliceMs` milliseconds
   * (default 10), letting the event loop run between slices and while the
   * program waits for timers or input. Resolves to `run`'s final result
   * (`'idle'`), or to `{ status: 'interrupted' }` after `interrupt()`;
   * rejects with `WeftPythonError` when an exception ends the program.
   * `budget` fixes the instructions per slice instead.
   */
  async runUntilIdle(options) {
    const o = checkOptions('Runtime.runUntilIdle', options, DRIVE_OPTIONS);
    const sliceMs = o.sliceMs === undefined ? 10 : o.sliceMs;
    if (typeof sliceMs !== 'number' || !(sliceMs > 0) || !Number.isFinite(sliceMs)) {
      throw typeError('Runtime.runUntilIdle', 'options.sliceMs must be a positive number', o.sliceMs);
    }
    const fixed = o.budget === undefined ? null : checkBudget('Runtime.runUntilIdle', o.budget);
    this._usable('Runtime.runUntilIdle');
    if (this._driving) throw new Error('Runtime.runUntilIdle: this runtime is already being driven');
    this._driving = true;
    this._interrupted = false;
    try {
      let budget = fixed === null ? FIRST_SLICE : fixed;
      let rate = 0;
      let lastYield = now();
      for (;;) {
        if (this._interrupted) return { status: 'interrupted' };
        const t0 = now();
        const r = this.run({ budget });
        const t1 = now();
        if (r.status === 'idle') return r;
        if (r.status === 'error') throw r.error;
        if (r.status === 'waiting') {
          await this.wait();
          lastYield = now();
          continue;
        }
        if (fixed === null) {
          // Aim each slice at sliceMs from a smoothed instructions-per-ms
          // rate (slices vary with GC and JIT tier-up), growing at most 4x.
          const measured = budget / Math.max(t1 - t0, 0.05);
          rate = rate === 0 ? measured : 0.7 * rate + 0.3 * measured;
          budget = Math.round(Math.min(Math.max(rate * sliceMs, 1000), budget * 4, 1e9));
        }
        if (t1 - lastYield >= sliceMs) {
          await yieldToEventLoop();
          lastYield = now();
        }
      }
    } finally {
      this._driving = false;
      this._interrupted = false;
    }
  }

  /**
   * Stop `runUntilIdle` at its next slice boundary (or while it waits): it
   * resolves to `{ status: 'interrupted' }` and the program stays paused;
   * `runUntilIdle` again continues it. Returns whether a drive was running.
   */
  interrupt() {
    if (!this._driving) return false;
    this._interrupted = true;
    if (this._wake) this._wake();
    return true;
  }

  /** Free the interpreter's memory; the runtime cannot be used afterwards. */
  close() {
    if (this._closed) return;
    this._closed = true;
    if (this._dead === null && !this._busy) this._rt.free();
  }

  // ----- host side: called by the wasm module during `run` -----

  _write(stream, text) {
    const f = stream === STDERR ? this._stderr : this._stdout;
    if (f === null) return;
    try {
      f(text);
    } catch (e) {
      this._hostErrors.push(e);
    }
  }

  /** A line for Python: a string, null (end of input) or undefined (not yet). */
  _input(sync) {
    if (this._lines.length) return this._lines.shift();
    if (this._stdinEnded) return null;
    if (this._pendingLine) return sync ? this._syncMiss() : undefined;
    let r;
    try {
      r = this._stdin({ sync });
    } catch (e) {
      this._hostErrors.push(e);
      return sync ? null : undefined;
    }
    if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
      this._pendingLine = Promise.resolve(r).then(
        (v) => {
          this._pendingLine = null;
          try {
            this._accept(v);
          } catch (e) {
            this._stdinError = e;
          }
        },
        (e) => {
          this._pendingLine = null;
          this._stdinError = e;
        },
      );
      return sync ? this._syncMiss() : undefined;
    }
    try {
      this._accept(r);
    } catch (e) {
      this._hostErrors.push(e);
      return sync ? null : undefined;
    }
    return this._lines.length ? this._lines.shift() : null;
  }

  /** Queue what stdin produced: text (one or more lines) or null (end). */
  _accept(v) {
    if (v === null || v === undefined) {
      this._stdinEnded = true;
      return;
    }
    if (typeof v !== 'string') throw typeError('stdin', 'must return a string or null', v);
    this._lines.push(...splitLines(v));
  }

  /** A read that cannot wait met an asynchronous stdin: end of input. */
  _syncMiss() {
    if (!this._warnedSync) {
      this._warnedSync = true;
      this._write(
        STDERR,
        'weft: a read of standard input that cannot wait (sys.stdin.readline(), or input() ' +
          'with no other tasklet to run) found no line ready from the asynchronous stdin; ' +
          'it sees end of input\n',
      );
    }
    return null;
  }

  _throwStdinError() {
    if (this._stdinError !== null) {
      const e = this._stdinError;
      this._stdinError = null;
      throw e;
    }
  }

  // ----- guarding calls into the wasm module -----

  _usable(where) {
    if (this._dead !== null) {
      throw new WeftPanicError(
        `${where}: this Runtime is unusable after an internal error (${this._dead.message})`,
        this._dead,
      );
    }
    if (this._closed) throw new Error(`${where}: this Runtime is closed`);
    if (this._busy) {
      throw new Error(`${where}: the Runtime is running; it cannot be used from its own output or input callbacks`);
    }
  }

  /** Call into the module; an exception escaping it means it panicked. */
  _call(where, f) {
    this._busy = true;
    try {
      return f();
    } catch (e) {
      const message = this._glue.takePanicMessage() || String(e && e.message ? e.message : e);
      this._dead = new WeftPanicError(`${where}: internal error in the Weft interpreter: ${message}`, e);
      throw this._dead;
    } finally {
      this._busy = false;
    }
  }

  /** For tests of panic handling: make the module panic. */
  _panicForTesting() {
    this._usable('Runtime._panicForTesting');
    this._call('Runtime._panicForTesting', () => this._rt.panicForTesting());
  }
}

if (typeof Symbol.dispose === 'symbol') Runtime.prototype[Symbol.dispose] = Runtime.prototype.close;

const CREATE_TOKEN = Symbol('Runtime.create');

/** Split input text into lines: one trailing newline ends the last line. */
function splitLines(text) {
  if (text === '') return [''];
  const t = text.endsWith('\n') ? text.slice(0, -1) : text;
  return t.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
