// Lines of input for the worker's runtime, typed by the user in the page's
// console. Reads that may wait get a promise the page's answer resolves;
// reads that cannot wait (input() with no other tasklet to run) block the
// worker on a SharedArrayBuffer until the page writes the line into it
// (needs a cross-origin isolated page: serve.mjs sends COOP/COEP headers).

/** Bytes a line may take in the shared buffer. */
const CAPACITY = 1 << 16;

export class InputLine {
  /** `request(shared)` tells the page a line is wanted (shared: the buffer to write into, or null). */
  constructor(request) {
    this._request = request;
    this._pending = null;
    this._shared = typeof SharedArrayBuffer === 'function' && self.crossOriginIsolated
      ? new SharedArrayBuffer(8 + CAPACITY)
      : null;
  }

  /** A line, null (end of input) or, when `sync` is false, a promise of either. */
  read(sync) {
    if (!sync) {
      this._request(null);
      return new Promise((resolve) => (this._pending = resolve));
    }
    if (this._shared === null) return null;
    const head = new Int32Array(this._shared, 0, 2);
    Atomics.store(head, 0, 0);
    this._request(this._shared);
    Atomics.wait(head, 0, 0);
    const length = Atomics.load(head, 1);
    if (length < 0) return null;
    return new TextDecoder().decode(new Uint8Array(this._shared, 8, length).slice());
  }

  /** The page's answer to a read that may wait. */
  answer(line) {
    const resolve = this._pending;
    this._pending = null;
    if (resolve) resolve(line);
  }
}

/** Page side: write `line` (null: end of input) into a blocked worker's buffer. */
export function answerShared(shared, line) {
  const head = new Int32Array(shared, 0, 2);
  if (line === null) {
    Atomics.store(head, 1, -1);
  } else {
    const bytes = new TextEncoder().encode(line).slice(0, CAPACITY);
    new Uint8Array(shared, 8, bytes.length).set(bytes);
    Atomics.store(head, 1, bytes.length);
  }
  Atomics.store(head, 0, 1);
  Atomics.notify(head, 0);
}
