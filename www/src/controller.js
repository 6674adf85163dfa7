// Runs programs in Web Workers (worker.js), one fresh worker per run: Stop
// terminates it, which always works, even inside an endless loop or a
// blocked input(). A spare worker is started ahead of time so Run does not
// wait for the interpreter to load.

import { answerShared } from './input-line.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class Controller {
  /**
   * `on` handlers: output(chunks), frame(dots), canvas(width, height),
   * state(state, msg), progress(n), input(answer), live(data),
   * snapshot({ text, error }).
   */
  constructor(on) {
    this._on = on;
    this._current = null;
    this._spare = this._spawn();
  }

  _spawn() {
    const worker = new Worker(WORKER_URL, { type: 'module' });
    const w = { worker, ready: null };
    w.ready = new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        if (e.data.type === 'state' && e.data.state === 'ready') resolve();
        else if (e.data.type === 'fatal') reject(new Error(e.data.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the worker failed to start'));
    });
    w.ready.catch(() => {});
    return w;
  }

  _handle(msg) {
    const on = this._on;
    switch (msg.type) {
      case 'output':
        return on.output(msg.chunks);
      case 'frame':
        return on.frame(msg.data);
      case 'canvas':
        return on.canvas(msg.width, msg.height);
      case 'progress':
        return on.progress(msg.instructions);
      case 'live':
        return on.live(msg);
      case 'snapshot':
        return on.snapshot(msg);
      case 'fatal':
        return on.state('done', { exitCode: 1, error: 'internal', message: msg.message });
      case 'state':
        if (msg.state === 'input') return on.input((line) => this._answer(msg.shared, line));
        return on.state(msg.state, msg);
    }
  }

  _answer(shared, line) {
    if (shared) answerShared(shared, line);
    else this._post({ type: 'input', line });
  }

  _post(msg) {
    if (this._current) this._current.worker.postMessage(msg);
  }

  /**
   * Run `source` in a fresh runtime; `speed` = instructions per slice (0:
   * adaptive); `paused` stops it before its first instruction.
   */
  async run(source, speed, paused = false) {
    return this._start({ type: 'run', source, speed, paused });
  }

  /** Continue the program of snapshot `text` in a fresh worker. */
  async restore(text, speed) {
    return this._start({ type: 'restore', text, speed });
  }

  async _start(message) {
    this.stop();
    const w = this._spare;
    this._spare = this._spawn();
    this._current = w;
    this._on.state('loading', {});
    try {
      await w.ready;
    } catch (e) {
      if (this._current === w) this._on.state('done', { exitCode: 1, error: 'internal', message: e.message });
      return;
    }
    if (this._current !== w) return;
    w.worker.onmessage = (e) => this._current === w && this._handle(e.data);
    w.worker.onerror = (e) => this._current === w && this._handle({ type: 'fatal', message: e.message });
    w.worker.postMessage(message);
  }

  pause() {
    this._post({ type: 'pause' });
  }

  resume() {
    this._post({ type: 'resume' });
  }

  /** Run `count` instructions of a paused program. */
  step(count) {
    this._post({ type: 'step', count });
  }

  /** Run a paused program until its selected (else running) tasklet changes line. */
  stepLine() {
    this._post({ type: 'stepLine' });
  }

  /** Ask for a snapshot of the running program (answered through on.snapshot). */
  snapshot() {
    this._post({ type: 'snapshot' });
  }

  /** Which tasklet's frames and locals the live view shows (null: none). */
  select(id) {
    this._post({ type: 'select', id });
  }

  setSpeed(speed) {
    this._post({ type: 'speed', speed });
  }

  /** End the running program at once (terminates its worker). */
  stop() {
    if (!this._current) return false;
    this._current.worker.terminate();
    this._current = null;
    return true;
  }
}
