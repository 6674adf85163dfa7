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
}

export type RunResult = IdleResult | ErrorResult | BudgetResult | WaitingResult;

export interface InterruptedResult {
  status: 'interrupted';
}

export declare class Runtime {
  private constructor();
  /** Create a runtime; loads the WebAssembly module on first use. */
  static create(options?: CreateOptions): Promise<Runtime>;
  /** Compile `source` as the main program (throws `WeftSyntaxError`).
   * Globals persist from the previous program of this runtime. */
  exec(source: string, options?: ExecOptions): void;
  /** Run synchronously for at most `budget` instructions. */
  run(options?: RunOptions): RunResult;
  /** After a `'waiting'` result: resolves when the program may go on. */
  wait(): Promise<void>;
  /** Run to the end in slices, yielding to the event loop between them.
   * Rejects with `WeftPythonError` when an exception ends the program. */
  runUntilIdle(options?: DriveOptions): Promise<IdleResult | InterruptedResult>;
  /** Stop a running `runUntilIdle` at its next slice boundary. Returns
   * whether one was running. */
  interrupt(): boolean;
  /** Free the interpreter's memory; later calls throw. */
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

/** An internal error (a bug) inside the interpreter: the Runtime that hit
 * it throws this on every later call. */
export declare class WeftPanicError extends Error {
  name: 'WeftPanicError';
}
