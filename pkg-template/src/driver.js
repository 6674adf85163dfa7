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
const RUN_LIMIT = 3;

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

const CREATE_OPTIONS = ['stdout', 'stderr', 'stdin', 'clock', 'hostFunctions', 'limits', 'modules'];
const LIMITS = ['maxMemory', 'maxInstructions', 'maxTasklets', 'maxRecursion', 'maxObjectBytes'];
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

/**
 * The heap a runtime may use unless `limits.maxMemory` says otherwise
 * (`null`: unlimited). Every runtime of a page shares one 4 GiB
 * WebAssembly memory, and an allocation failing there ends them all.
 */
const DEFAULT_MAX_MEMORY = 1024 * 1024 * 1024;

/**
 * `limits` must be undefined or an object of non-negative integers (or
 * null); the values for `setLimits`, with the default memory limit.
 */
function checkLimits(where, limits) {
  const o = checkOptions(where, limits, LIMITS);
  const out = [];
  for (const k of LIMITS) {
    const v = o[k];
    if (v === undefined && k === 'maxMemory') {
      out.push(DEFAULT_MAX_MEMORY);
    } else if (v === undefined || v === null) {
      out.push(undefined);
    } else if (Number.isSafeInteger(v) && v >= 0) {
      out.push(v);
    } else {
      throw typeError(where, `limits.${k} must be a non-negative integer or null`, v);
    }
  }
  return out;
}

function checkBudget(where, budget) {
  if (budget === undefined) return Infinity;
  if (budget === Infinity || (Number.isInteger(budget) && budget >= 1)) return budget;
  throw typeError(where, 'options.budget must be a positive integer or Infinity', budget);
}

/** A syntax error in a program given to `exec` (Python's `SyntaxError`). */
class WeftSyntaxError extends Error {
  constructor(e) {
    super(e.line > 0 ? `${e.message} (${e.filename}, line ${e.line})` : `${e.message} (${e.filename})`);
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

/** A snapshot could not be written (`rt.snapshot()`) or read (`Runtime.restore`). */
class WeftSnapshotError extends Error {
  constructor(message, detail) {
    super(message);
    this.name = 'WeftSnapshotError';
    /** The interpreter's own words (where in the document, and what). */
    this.detail = detail;
  }
}

/** A send or receive of a shared channel failed in Python (e.g. `ValueError`
 * for a closed channel). */
class WeftChannelError extends Error {
  constructor(pythonType, message) {
    super(message ? `${pythonType}: ${message}` : pythonType);
    this.name = 'WeftChannelError';
    this.pythonType = pythonType;
  }
}

// ----- values crossing to and from Python (host functions, channels) -----
//
// The wire form (src/hostcall.rs): null, booleans, strings and arrays (a
// list) as themselves; {"int": "12"}, {"float": "1.5"|"inf"|"-inf"|"nan"},
// {"tuple": [...]}, {"dict": [[key, value], ...]}.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** JS -> wire. Throws a TypeError naming `where` for what Python cannot get. */
function toWire(v, where, seen = new Set()) {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      if (Number.isInteger(v)) return { int: BigInt(v).toString() };
      if (Number.isNaN(v)) return { float: 'nan' };
      if (v === Infinity) return { float: 'inf' };
      if (v === -Infinity) return { float: '-inf' };
      return { float: String(v) };
    case 'bigint':
      return { int: v.toString() };
    default:
  }
  if (typeof v === 'object') {
    if (seen.has(v)) throw new TypeError(`${where}: a value that contains itself cannot be passed to Python`);
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x, i) => toWire(x, `${where}[${i}]`, seen));
      if (v instanceof Map) {
        return { dict: [...v].map(([k, x]) => [toWire(k, `${where} (a key)`, seen), toWire(x, `${where}.get(${describe(k)})`, seen)]) };
      }
      if (isPlainObject(v)) {
        return { dict: Object.keys(v).map((k) => [k, toWire(v[k], `${where}.${k}`, seen)]) };
      }
    } finally {
      seen.delete(v);
    }
  }
  throw new TypeError(
    `${where}: cannot pass ${describe(v)} to Python (only null, undefined, booleans, numbers, bigints, ` +
      'strings, arrays, Maps and plain objects)',
  );
}

/** wire -> JS. */
function fromWire(j) {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  if (Array.isArray(j)) return j.map(fromWire);
  if ('int' in j) {
    const b = BigInt(j.int);
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  if ('float' in j) {
    return { nan: NaN, inf: Infinity, '-inf': -Infinity }[j.float] ?? Number(j.float);
  }
  if ('tuple' in j) return j.tuple.map(fromWire);
  const entries = j.dict.map(([k, v]) => [fromWire(k), fromWire(v)]);
  if (!entries.every(([k]) => typeof k === 'string')) return new Map(entries);
  const o = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

function errorText(e) {
  if (e instanceof Error) return e.message;
  try {
    return String(e);
  } catch {
    return 'a JavaScript error';
  }
}

/** `options.hostFunctions`: { module: { name: function } }, checked. */
function checkHostFunctions(where, hf) {
  if (hf === undefined || hf === null) return {};
  if (!isPlainObject(hf)) throw typeError(where, 'options.hostFunctions must be an object of modules', hf);
  const out = {};
  for (const m of Object.keys(hf)) {
    if (!IDENTIFIER.test(m)) {
      throw new TypeError(`${where}: options.hostFunctions: module name ${JSON.stringify(m)} is not a Python identifier`);
    }
    const fns = hf[m];
    if (!isPlainObject(fns)) throw typeError(where, `options.hostFunctions.${m} must be an object of functions`, fns);
    out[m] = {};
    for (const f of Object.keys(fns)) {
      if (!IDENTIFIER.test(f) || f.startsWith('__')) {
        throw new TypeError(`${where}: options.hostFunctions.${m}: function name ${JSON.stringify(f)} is not a plain Python identifier`);
      }
      if (typeof fns[f] !== 'function') {
        throw typeError(where, `options.hostFunctions.${m}.${f} must be a function`, fns[f]);
      }
      out[m][f] = fns[f];
    }
  }
  return out;
}

/**
 * A channel shared with Python as `weft_channels.<name>` (see
 * `Runtime.channel`). Sends and receives complete while the runtime is
 * driven (`runUntilIdle`, or `run` + `wait`).
 */
class Channel {
  constructor(token, rt, name) {
    if (token !== CREATE_TOKEN) throw new TypeError('Channel: use `rt.channel(name)`');
    this._rt = rt;
    this.name = name;
  }

  /** Send `value` to a Python receiver; resolves once one took it. */
  async send(value) {
    const wire = JSON.stringify(toWire(value, 'Channel.send: value'));
    return this._rt._channelOp('Channel.send', this.name, wire);
  }

  /** Resolve to the next value a Python sender sends. */
  async receive() {
    return this._rt._channelOp('Channel.receive', this.name, undefined);
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

/** A host call's reply once its Runtime was garbage collected. */
const GONE_REPLY = JSON.stringify({ error: { type: 'RuntimeError', message: 'the Runtime was garbage collected' } });

/**
 * The callbacks the interpreter calls (output, input, host functions).
 * WebAssembly holds them, and what it holds is invisible to the JS garbage
 * collector: were they to hold their Runtime strongly, a runtime dropped
 * without close() could never be collected, nor its interpreter freed by
 * wasm-bindgen's finalizer. So they reach it through a WeakRef, and they are
 * made here, apart from the Runtime's methods: closures made in one function
 * share its variables, `this` included.
 */
function weakCallbacks(ref) {
  return {
    sink: (stream, text) => ref.deref()?._write(stream, text),
    input: (sync) => {
      const rt = ref.deref();
      return rt === undefined ? null : rt._input(sync);
    },
    hostCall: (m, f, args) => {
      const rt = ref.deref();
      return rt === undefined ? GONE_REPLY : rt._hostCall(m, f, args);
    },
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
    // Resolvers of the waits that interrupt() or close() end (a set: a
    // wait() called during runUntilIdle must not replace the drive's own).
    this._wakers = new Set();
    this._dead = null;
    this._closed = false;
    this._loaded = false;
    this._final = null;
    this._waiting = null;
    // Host functions, their pending calls' results (id, reply JSON) to
    // deliver before the next slice, shared channels and their operations.
    this._hostFunctions = options.hostFunctions || {};
    this._callSeq = 0;
    this._completions = [];
    this._channels = new Map();
    this._chanOps = new Map();
    this._kickers = [];
    const { sink, input, hostCall } = weakCallbacks(new WeakRef(this));
    const virtual = this._virtual;
    this._rt = this._call('Runtime.create', () => new glue.RawRuntime(sink, input, hostCall, virtual));
    try {
      this._configure(options);
    } catch (e) {
      if (this._dead === null) this._rt.free();
      throw e;
    }
  }

  /** Host modules, Python modules and limits from `create`'s options. */
  _configure(options) {
    for (const [m, fns] of Object.entries(this._hostFunctions)) {
      if (!this._call('Runtime.create', () => this._rt.addHostModule(m, Object.keys(fns)))) {
        const why = this._call('Runtime.create', () => this._rt.lastError);
        throw new TypeError(`Runtime.create: options.hostFunctions: ${why}`);
      }
    }
    for (const [name, source] of Object.entries(options.modules || {})) {
      const err = this._call('Runtime.create', () => this._rt.addModule(name, source));
      if (typeof err === 'string') throw new TypeError(`Runtime.create: options.modules: ${err}`);
      if (err !== undefined) throw new WeftSyntaxError(err);
    }
    const limits = checkLimits('Runtime.create', options.limits);
    this._call('Runtime.create', () => this._rt.setLimits(...limits));
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
    const hostFunctions = checkHostFunctions('Runtime.create', o.hostFunctions);
    if (o.limits !== undefined) checkLimits('Runtime.create', o.limits);
    if (o.modules !== undefined) {
      if (o.modules === null || typeof o.modules !== 'object' || Array.isArray(o.modules)) {
        throw typeError('Runtime.create', 'options.modules must be an object of module sources', o.modules);
      }
      for (const [name, source] of Object.entries(o.modules)) {
        if (typeof source !== 'string') {
          throw typeError('Runtime.create', `options.modules.${name} must be a string of Python source`, source);
        }
      }
    }
    const glue = await loadGlue();
    return new Runtime(CREATE_TOKEN, glue, { ...o, hostFunctions });
  }

  /**
   * Compile `source` into a program: the JSON text that `exec`, the
   * `modules` option and the runtime-only build (`weft/runtime`, no
   * compiler inside) load in place of source, as `weft compile` writes it.
   * Throws `WeftSyntaxError` when it does not compile.
   * @param {string} source
   * @param {{ filename?: string }} [options]
   */
  static async compile(source, options) {
    const o = checkOptions('Runtime.compile', options, ['filename']);
    if (typeof source !== 'string') throw typeError('Runtime.compile', 'source must be a string', source);
    const filename = o.filename === undefined ? '<string>' : o.filename;
    if (typeof filename !== 'string') {
      throw typeError('Runtime.compile', 'options.filename must be a string', o.filename);
    }
    const glue = await loadGlue();
    const out = glue.compileProgram(source, filename);
    if (typeof out !== 'string') throw new WeftSyntaxError(out);
    return out;
  }

  /**
   * Whether this build compiles Python source (the full package) or runs
   * only programs made by `Runtime.compile` / `weft compile` (`weft/runtime`).
   */
  static async hasCompiler() {
    const glue = await loadGlue();
    return glue.hasCompiler();
  }

  /**
   * A runtime continuing the program saved in `text` (by `rt.snapshot()`
   * here or in a browser, or by the native `weft run --snapshot-after`).
   * `options` are `create`'s. Throws `WeftSnapshotError` when the text is
   * not a usable snapshot.
   */
  static async restore(text, options) {
    if (typeof text !== 'string') throw typeError('Runtime.restore', 'text must be a string', text);
    const rt = await Runtime.create(options);
    const ok = rt._call('Runtime.restore', () => rt._rt.restore(text));
    if (!ok) {
      const message = rt._call('Runtime.restore', () => rt._rt.lastError);
      rt.close();
      throw new WeftSnapshotError(`Runtime.restore: not a usable snapshot: ${message}`, message);
    }
    rt._loaded = true;
    return rt;
  }

  /**
   * The whole runtime (every tasklet, channel, module and the program's
   * sources) as JSON text for `Runtime.restore`. Throws
   * `WeftSnapshotError` when it cannot be saved (the program finished, or
   * a host function's Promise or a channel operation from JS is pending).
   */
  snapshot() {
    this._usable('Runtime.snapshot');
    if (!this._loaded) {
      throw new WeftSnapshotError('Runtime.snapshot: no program has been started (call exec first)', 'no program');
    }
    this._deliver();
    const text = this._call('Runtime.snapshot', () => this._rt.snapshot());
    if (text === undefined) {
      const message = this._call('Runtime.snapshot', () => this._rt.lastError);
      throw new WeftSnapshotError(`Runtime.snapshot: ${message}`, message);
    }
    return text;
  }

  /**
   * Replace the resource limits (see `CreateOptions.limits`); e.g. raise
   * `maxInstructions` after `run` returned `{ status: 'limit' }`.
   */
  setLimits(limits) {
    const values = checkLimits('Runtime.setLimits', limits);
    this._usable('Runtime.setLimits');
    this._call('Runtime.setLimits', () => this._rt.setLimits(...values));
  }

  /** Instructions the program has executed (all tasklets) since this
   * runtime was created or restored. */
  get instructions() {
    this._usable('Runtime.instructions');
    return this._call('Runtime.instructions', () => this._rt.instructions);
  }

  /**
   * Every tasklet: `{ id, state, main, blockedOn, frames }` (see
   * index.d.ts). Locals are rendered by a bounded builtin repr that runs
   * no Python code.
   */
  tasklets() {
    this._usable('Runtime.tasklets');
    return JSON.parse(this._call('Runtime.tasklets', () => this._rt.tasklets()));
  }

  /** Every channel: `{ id, balance, queue, preference, scheduleAll, closing, closed }`. */
  channels() {
    this._usable('Runtime.channels');
    return JSON.parse(this._call('Runtime.channels', () => this._rt.channels()));
  }

  /**
   * The channel shared with Python as `weft_channels.<name>` (created on
   * first use; the same object for the same name): `await ch.send(v)`,
   * `await ch.receive()`.
   */
  channel(name) {
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      throw typeError('Runtime.channel', 'name must be a string that is a Python identifier', name);
    }
    this._usable('Runtime.channel');
    let ch = this._channels.get(name);
    if (ch === undefined) {
      const id = this._call('Runtime.channel', () => this._rt.channel(name));
      if (id < 0) throw new Error(`Runtime.channel: ${this._call('Runtime.channel', () => this._rt.lastError)}`);
      ch = new Channel(CREATE_TOKEN, this, name);
      this._channels.set(name, ch);
    }
    return ch;
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
    this._deliver();
    const code = this._call('Runtime.run', () => this._rt.run(budget));
    const result = this._result(code);
    this._collectChannels();
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
    if (code === RUN_LIMIT) return { status: 'limit' };
    if (code === RUN_WAITING) {
      const [timeout, input, host] = this._call('Runtime.run', () => [
        this._rt.waitTimeout,
        this._rt.wantsInput,
        this._rt.waitsForHost,
      ]);
      this._waiting = { status: 'waiting', timeout: timeout === undefined ? null : timeout, input, host };
      return this._waiting;
    }
    const [exitCode, uncaught] = this._call('Runtime.run', () => [this._rt.exitCode, this._rt.takeUncaught()]);
    this._final = uncaught
      ? { status: 'error', exitCode, error: new WeftPythonError(uncaught[0], uncaught[1], exitCode) }
      : { status: 'idle', exitCode };
    this._collectChannels();
    this._failChannelOps('the program ended before the operation completed');
    return this._final;
  }

  /**
   * After `run` returned `'waiting'`: resolve once the program may go on
   * (its timer is due, a line of input arrived, `interrupt()` was called
   * or the runtime was closed). With the virtual clock, timers are due at
   * once.
   */
  async wait() {
    await this._wait();
  }

  /**
   * `wait()`, resolving to whether one of its timers fired meanwhile (so
   * the event loop had a turn). A wait that ends without one (the virtual
   * clock, a line already queued, a host Promise settled in a microtask)
   * does not count as a turn for `runUntilIdle`.
   */
  async _wait() {
    this._usable('Runtime.wait');
    const w = this._waiting;
    this._throwStdinError();
    if (w === null || this._completions.length) return false;
    if (w.input && (this._lines.length || this._stdinEnded)) return false;
    if (this._virtual && w.timeout !== null) {
      this._call('Runtime.wait', () => this._rt.advanceClock(w.timeout));
      return false;
    }
    const waits = [];
    let timer;
    let turned = false;
    if (w.timeout !== null) {
      // Timers may fire a little early by the clock the runtime reads:
      // sleep again until the deadline has really passed.
      const deadline = now() + Math.min(Math.max(w.timeout * 1000, 0), MAX_TIMEOUT_MS);
      waits.push(
        new Promise((resolve) => {
          const sleep = () => {
            const left = deadline - now();
            if (left <= 0) resolve();
            else {
              timer = setTimeout(() => {
                turned = true;
                sleep();
              }, Math.max(1, Math.ceil(left)));
            }
          };
          sleep();
        }),
      );
    }
    if (w.input && this._pendingLine) waits.push(this._pendingLine);
    if (w.host || this._chanOps.size) waits.push(new Promise((r) => this._kickers.push(r)));
    if (waits.length === 0) return false;
    let wake;
    waits.push(new Promise((r) => this._wakers.add((wake = r))));
    try {
      await Promise.race(waits);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this._wakers.delete(wake);
    }
    this._throwStdinError();
    return turned;
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
        if (r.status === 'idle' || r.status === 'limit') return r;
        if (r.status === 'error') throw r.error;
        if (r.status === 'waiting') {
          // A wait that gave the event loop no turn (e.g. a loop of sleeps
          // on the virtual clock) must not starve it: yield below.
          if (await this._wait()) lastYield = now();
        } else if (fixed === null) {
          // Aim each slice at sliceMs from a smoothed instructions-per-ms
          // rate (slices vary with GC and JIT tier-up), growing at most 4x.
          const measured = budget / Math.max(t1 - t0, 0.05);
          rate = rate === 0 ? measured : 0.7 * rate + 0.3 * measured;
          budget = Math.round(Math.min(Math.max(rate * sliceMs, 1000), budget * 4, 1e9));
        }
        if (now() - lastYield >= sliceMs) {
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
    this._wakeAll();
    return true;
  }

  /** End the waits of `wait()` and `runUntilIdle` (see interrupt, close). */
  _wakeAll() {
    const w = [...this._wakers];
    this._wakers.clear();
    for (const r of w) r();
  }

  /**
   * Free the interpreter's memory; the runtime cannot be used afterwards.
   * Pending JS sends and receives on its shared channels reject, and a
   * `wait()` or `runUntilIdle` waiting on it wakes (and throws).
   */
  close() {
    if (this._closed) return;
    this._closed = true;
    // Nothing may wait on a closed runtime: JS channel operations reject,
    // and a `wait()` (or a `runUntilIdle` waiting) wakes up to find it closed.
    this._failChannelOps('the Runtime was closed before the operation completed');
    this._kick();
    this._wakeAll();
    if (this._dead === null && !this._busy) this._rt.free();
  }

  // ----- host functions and shared channels -----

  /** Called by the wasm module: run host function `m.f`; the reply as JSON. */
  _hostCall(m, f, argsJson) {
    const name = `${m}.${f}`;
    const fns = Object.prototype.hasOwnProperty.call(this._hostFunctions, m) ? this._hostFunctions[m] : null;
    const fn = fns && Object.prototype.hasOwnProperty.call(fns, f) ? fns[f] : undefined;
    if (typeof fn !== 'function') {
      return JSON.stringify({ error: { type: 'RuntimeError', message: `host function ${name} is not provided by this Runtime` } });
    }
    let r;
    let thenable;
    try {
      r = fn(...JSON.parse(argsJson).map(fromWire));
      // Inside the try: reading `then` runs a getter of the embedder's.
      thenable = r !== null && typeof r === 'object' && typeof r.then === 'function';
    } catch (e) {
      return JSON.stringify({ error: { type: 'RuntimeError', message: errorText(e) } });
    }
    if (thenable) {
      const id = ++this._callSeq;
      Promise.resolve(r).then(
        (v) => this._settle(id, this._reply(v, name)),
        (e) => this._settle(id, { error: { type: 'RuntimeError', message: errorText(e) } }),
      );
      return JSON.stringify({ pending: id });
    }
    return JSON.stringify(this._reply(r, name));
  }

  /** A host function's result as a wire reply (a TypeError for Python when
   * it cannot be converted). */
  _reply(v, name) {
    try {
      return { ok: toWire(v, `host function ${name}() returned`) };
    } catch (e) {
      // A getter of `v` may throw anything, not only toWire's TypeError.
      return { error: { type: 'TypeError', message: errorText(e) } };
    }
  }

  _settle(id, reply) {
    this._completions.push([id, JSON.stringify(reply)]);
    this._kick();
  }

  /** Something from the host may let the program go on: end `wait()`. */
  _kick() {
    const k = this._kickers;
    this._kickers = [];
    for (const r of k) r();
  }

  /** Hand settled host calls to the interpreter. */
  _deliver() {
    if (this._completions.length === 0 || this._final !== null) return;
    const done = this._completions;
    this._completions = [];
    for (const [id, reply] of done) this._call('Runtime.run', () => this._rt.completeHostCall(id, reply));
  }

  _channelOp(where, name, wire) {
    this._usable(where);
    if (!this._loaded) throw new Error(`${where}: no program has been started (call exec first)`);
    if (this._final !== null) throw new Error(`${where}: the program has finished`);
    const token = this._call(where, () => this._rt.channelOp(name, wire));
    if (token < 0) throw new Error(`${where}: ${this._call(where, () => this._rt.lastError)}`);
    return new Promise((resolve, reject) => {
      this._chanOps.set(token, { resolve, reject, where });
      this._kick();
    });
  }

  /** Reject every pending JS channel operation: it can no longer complete. */
  _failChannelOps(why) {
    const ops = [...this._chanOps.values()];
    this._chanOps.clear();
    for (const op of ops) op.reject(new Error(`${op.where}: ${why}`));
  }

  /** Settle the promises of finished channel operations. */
  _collectChannels() {
    if (this._chanOps.size === 0) return;
    const done = JSON.parse(this._call('Runtime.run', () => this._rt.takeChannelResults()));
    for (const [token, r] of done) {
      const op = this._chanOps.get(token);
      if (op === undefined) continue;
      this._chanOps.delete(token);
      if ('ok' in r) op.resolve(op.where === 'Channel.send' ? undefined : fromWire(r.ok));
      else op.reject(new WeftChannelError(r.error.type, r.error.message));
    }
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
    let thenable;
    try {
      r = this._stdin({ sync });
      thenable = r !== null && typeof r === 'object' && typeof r.then === 'function';
    } catch (e) {
      this._hostErrors.push(e);
      return sync ? null : undefined;
    }
    if (thenable) {
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
      const message = panicMessage(this._glue, e);
      this._dead = new WeftPanicError(`${where}: internal error in the Weft interpreter: ${message}`, e);
      this._failChannelOps(`the Runtime is unusable after an internal error (${message})`);
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

/** The module's message for the panic that threw `e` (or `e`'s own). */
function panicMessage(glue, e) {
  let message;
  try {
    message = glue.takePanicMessage();
  } catch {
    // A trap (e.g. the wasm stack overflowing) can leave the module unable
    // even to answer this: report the trap itself.
  }
  return message || errorText(e);
}

/** Split input text into lines: one trailing newline ends the last line. */
function splitLines(text) {
  if (text === '') return [''];
  const t = text.endsWith('\n') ? text.slice(0, -1) : text;
  return t.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
