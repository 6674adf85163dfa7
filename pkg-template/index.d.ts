// Type declarations for the Weft JavaScript API (index.js and index.cjs).

/** What `stdin` is asked: `sync` is true when the interpreter cannot wait
 * for a promise (see the README, "Input"). */
export interface StdinRequest {
  sync: boolean;
}

export interface CreateOptions {
  /** Receives everything the program writes to stdout, in chunks (default:
   * `process.stdout` in Node, `console.log` by lines in browsers; `null`
   * discards it). */
  stdout?: ((text: string) => void) | null;
  /** The same for stderr, where tracebacks go (default: `process.stderr`
   * in Node, `console.error` by lines in browsers). */
  stderr?: ((text: string) => void) | null;
  /** Standard input, for `input()` and `sys.stdin`:
   * - a function called each time Python needs a line and none is queued;
   *   it returns (or resolves to) the line — a string, which may hold
   *   several lines separated by `\n` — or `null` for end of input;
   * - a string: the whole input at once;
   * - `null` or absent: no input (`input()` raises `EOFError`). */
  stdin?: ((request: StdinRequest) => string | null | Promise<string | null>) | string | null;
  /** `'real'` (default): `time.time()` and `time.monotonic()` follow the
   * system clocks and `time.sleep()` waits in real time without blocking
   * the event loop. `'virtual'`: a deterministic clock that starts at 0,
   * moves 1 µs per reading and jumps over sleeps at once. */
  clock?: 'real' | 'virtual';
  /** Host functions: `{ modname: { fname: (...args) => value | Promise } }`
   * makes `import modname; modname.fname(...)` call them from Python.
   * Positional arguments and results are converted (see the README, "Host
   * functions"). A returned Promise blocks only the calling tasklet; a
   * rejection (or a throw) raises `RuntimeError` there. */
  hostFunctions?: Record<string, Record<string, (...args: PyValue[]) => JsValue | Promise<JsValue>>>;
  /** Modules written in Python: `{ name: source }` makes `import name`
   * run `source`. A syntax error in one throws `WeftSyntaxError`; a name
   * that is not an identifier or is a builtin module's, `TypeError`. */
  modules?: Record<string, string>;
  /** Resource limits for untrusted programs (each unlimited when absent). */
  limits?: Limits;
}

/** What a program may use. Memory and tasklets raise in the offending
 * tasklet (`MemoryError`, `RuntimeError`); the instruction limit pauses the
 * runtime (`run` returns `{ status: 'limit' }`). */
export interface Limits {
  /** Heap bytes (objects and what they own); 1 GiB when absent, `null`
   * for none (every runtime of a page shares one 4 GiB WebAssembly
   * memory). */
  maxMemory?: number | null;
  /** Instructions this runtime may execute (counted afresh after restore). */
  maxInstructions?: number | null;
  /** Tasklets existing at once, the main one included. */
  maxTasklets?: number | null;
  /** The deepest recursion `sys.setrecursionlimit` may allow. */
  maxRecursion?: number | null;
  /** Bytes of one object's contents (a string, a list's items). */
  maxObjectBytes?: number | null;
}

/** What Python values become in JavaScript: None → null, bool → boolean,
 * int → number (bigint beyond ±2^53-1), float → number, str → string,
 * list and tuple → array, dict → plain object (a Map when a key is not a
 * string). */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyValue[]
  | { [key: string]: PyValue }
  | Map<PyValue, PyValue>;

/** What JavaScript values may be passed to Python: null/undefined → None,
 * boolean → bool, integral number or bigint → int, other number → float,
 * string → str, array → list, plain object or Map → dict. Anything else
 * raises a `TypeError` in Python (results) or throws one (channel sends). */
export type JsValue =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | JsValue[]
  | { [key: string]: JsValue }
  | Map<JsValue, JsValue>;

/** A frame of a tasklet (outermost first). */
export interface FrameInfo {
  function: string;
  filename: string;
  line: number;
  /** Local variables with a bounded repr (at most 200 characters; no
   * Python code runs: objects with their own `__repr__` show as
   * `<Class object at 0x...>`). */
  locals: { name: string; repr: string }[];
}

export type TaskletState =
  | 'running'
  | 'runnable'
  | 'blocked'
  | 'sleeping'
  | 'reading'
  | 'host_call'
  | 'watching'
  | 'paused'
  | 'finished';

export interface TaskletInfo {
  /** Stable while the runtime lives (not across snapshots). */
  id: number;
  state: TaskletState;
  main: boolean;
  /** The channel (its `id`) a `'blocked'` tasklet waits on. */
  blockedOn: { channel: number; direction: 'send' | 'receive' } | null;
  frames: FrameInfo[];
}

export interface ChannelInfo {
  id: number;
  /** > 0: that many senders wait; < 0: that many receivers. */
  balance: number;
  /** Ids of the waiting tasklets, first served first. */
  queue: number[];
  preference: -1 | 0 | 1;
  scheduleAll: boolean;
  closing: boolean;
  closed: boolean;
}

/** A channel shared with Python as `weft_channels.<name>`. */
export declare class Channel {
  private constructor();
  readonly name: string;
  /** Resolves once a Python tasklet received `value`. */
  send(value: JsValue): Promise<void>;
  /** Resolves to the next value a Python tasklet sends. */
  receive(): Promise<PyValue>;
}

export interface ExecOptions {
  /** The file name tracebacks and syntax errors show (default `'<string>'`). */
  filename?: string;
  /** `sys.argv` for this program (default: left as it is). */
  argv?: string[];
}

export interface RunOptions {
  /** At most this many instructions (a positive integer; default
   * `Infinity`: until the program ends or waits). */
  budget?: number;
}

export interface DriveOptions {
  /** Aim for slices of about this many milliseconds between turns of the
   * event loop (default 10). */
  sliceMs?: number;
  /** Run exactly this many instructions per slice instead. */
  budget?: number;
}

/** The program ended normally (`sys.exit(n)` included). */
export interface IdleResult {
  status: 'idle';
  exitCode: number;
}

/** An uncaught exception ended the program (its traceback went to stderr). */
export interface ErrorResult {
  status: 'error';
  exitCode: number;
  error: WeftPythonError;
}

/** The budget ran out: call `run` again to continue. */
export interface BudgetResult {
  status: 'budget';
}

/** Every tasklet waits: for a timer due in `timeout` seconds (`null`: no
 * timer) and, when `input` is true, for a line of input. `await rt.wait()`,
 * then call `run` again. */
export interface WaitingResult {
  status: 'waiting';
  timeout: number | null;
  input: boolean;
  /** A tasklet waits for a host function's Promise or a shared channel. */
  host: boolean;
}

/** The instruction limit is reached: the program is paused, not unwound.
 * Raise it with `setLimits` and run again, take a snapshot, or close. */
export interface LimitResult {
  status: 'limit';
}

export type RunResult = IdleResult | ErrorResult | BudgetResult | WaitingResult | LimitResult;

export interface InterruptedResult {
  status: 'interrupted';
}

export declare class Runtime {
  private constructor();
  /** Create a runtime; loads the WebAssembly module on first use. */
  static create(options?: CreateOptions): Promise<Runtime>;
  /** A runtime continuing the program saved by `snapshot()` (here, in a
   * browser, or by the native `weft run --snapshot-after`). Throws
   * `WeftSnapshotError` for text that is not a usable snapshot. */
  static restore(text: string, options?: CreateOptions): Promise<Runtime>;
  /** Compile `source` into a program: JSON text that `exec`, `modules`
   * and the runtime-only build (`weft/runtime`) load in place of source,
   * as `weft compile` writes it. Throws `WeftSyntaxError`; in the
   * runtime-only build, always (it has no compiler). */
  static compile(source: string, options?: { filename?: string }): Promise<string>;
  /** Whether this build compiles source (`weft`) or only runs programs
   * made by `compile` (`weft/runtime`). */
  static hasCompiler(): Promise<boolean>;
  /** The whole runtime as JSON text (throws `WeftSnapshotError`, e.g.
   * while a host function's Promise is pending). */
  snapshot(): string;
  /** Instructions executed so far. */
  readonly instructions: number;
  /** Every tasklet, for tools. */
  tasklets(): TaskletInfo[];
  /** Every channel, for tools. */
  channels(): ChannelInfo[];
  /** The channel shared with Python as `weft_channels.<name>`. */
  channel(name: string): Channel;
  /** Compile `source` (or load a program made by `compile`) as the main
   * program (throws `WeftSyntaxError`). Globals persist from the previous
   * program of this runtime. */
  exec(source: string, options?: ExecOptions): void;
  /** Run synchronously for at most `budget` instructions. */
  run(options?: RunOptions): RunResult;
  /** After a `'waiting'` result: resolves when the program may go on. */
  wait(): Promise<void>;
  /** Run to the end in slices, yielding to the event loop between them.
   * Rejects with `WeftPythonError` when an exception ends the program. */
  runUntilIdle(options?: DriveOptions): Promise<IdleResult | InterruptedResult | LimitResult>;
  /** Replace the resource limits. */
  setLimits(limits: Limits): void;
  /** Stop a running `runUntilIdle` at its next slice boundary. Returns
   * whether one was running. */
  interrupt(): boolean;
  /** Free the interpreter's memory; later calls throw, and pending channel
   * sends/receives reject. */
  close(): void;
}

/** A syntax error in a program passed to `exec`. */
export declare class WeftSyntaxError extends Error {
  name: 'WeftSyntaxError';
  pythonType: 'SyntaxError' | 'IndentationError' | 'TabError';
  filename: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** Column just past the marked span (0: none). */
  endColumn: number;
  lineText: string;
  /** The error as CPython prints it. */
  text: string;
}

/** An uncaught Python exception ended the program. */
export declare class WeftPythonError extends Error {
  name: 'WeftPythonError';
  /** The exception's class name, e.g. `'ZeroDivisionError'`. */
  pythonType: string;
  /** The traceback as written to stderr. */
  traceback: string;
  exitCode: number;
}

/** A snapshot could not be written or read. */
export declare class WeftSnapshotError extends Error {
  name: 'WeftSnapshotError';
  /** The interpreter's own words: where in the document, and what. */
  detail: string;
}

/** A send or receive on a shared channel failed in Python. */
export declare class WeftChannelError extends Error {
  name: 'WeftChannelError';
  /** e.g. `'ValueError'`. */
  pythonType: string;
}

/** An internal error (a bug) inside the interpreter: the Runtime that hit
 * it throws this on every later call. */
export declare class WeftPanicError extends Error {
  name: 'WeftPanicError';
}
