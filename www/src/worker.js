// The playground's Web Worker: owns one Weft runtime and drives it in
// slices of `budget` instructions, so the page never waits on Python. It
// obeys the page's messages (see controller.js) and reports output, canvas
// frames, the live view and its state back, batched so the page gets a few
// messages per frame. Python draws through the host module `canvas`.

import { Runtime, WeftSyntaxError } from '../../pkg/index.js';
import { InputLine } from './input-line.js';
import { currentFrame } from './live.js';
import { countStates } from './timeline.js';

/** Milliseconds between output batches posted to the page. */
const FLUSH_MS = 33;
/** Output kept per batch; the rest is dropped with a note (a print loop). */
const MAX_BATCH_CHARS = 8 * 1024;
/** Below this many instructions per slice the run is slowed to one slice a frame. */
const SLOW_BUDGET = 1000;
/** Milliseconds between live-view samples at least (more when sampling is slow). */
const LIVE_MS = 250;
/**
 * Milliseconds of running before the first sample (pauses and steps sample
 * at once): sampling costs ~6 µs a tasklet, so a quick benchmark such as
 * the 100,000-tasklet ring is timed without it.
 */
const LIVE_FIRST_MS = 1000;
/** Tasklets and channels sent per sample. */
const LIVE_ROWS = 200;
/** Past this many tasklets the live view is sampled only at pauses and steps. */
const LIVE_MAX_RUNNING = 10000;
/** Instructions and milliseconds a line step may take before it stops. */
const LINE_STEP_LIMIT = 100000;
const LINE_STEP_MS = 2000;

let rt = null;
let state = 'loading'; // loading | ready | running | paused | input | done
let budget = 0; // instructions per slice; 0 = adaptive (~10 ms slices)
let instructions = 0;
let outbox = [];
let outChars = 0;
let dropped = 0;
let frame = null;
let lastFlush = 0;
let driving = false;
let input = null;
let selected = null; // the tasklet whose frames the page shows
let nextSample = 0;
let crowded = false; // the last sample had more than LIVE_MAX_RUNNING tasklets

const post = (msg) => postMessage(msg);

function write(stream, text) {
  if (outChars + text.length > MAX_BATCH_CHARS) {
    dropped += text.length;
    return;
  }
  outChars += text.length;
  const last = outbox[outbox.length - 1];
  if (last && last[0] === stream) last[1] += text;
  else outbox.push([stream, text]);
}

/**
 * The Python module `canvas` (host functions): `canvas.size(w, h)` shows a
 * w×h canvas; `canvas.frame(dots)` draws one frame of `(x, y, hue)` dots.
 * Only the newest frame of a batch is posted.
 */
const canvasModule = {
  size(width, height) {
    post({ type: 'canvas', width, height });
  },
  frame(dots) {
    if (!Array.isArray(dots)) throw new TypeError('canvas.frame() takes a list of (x, y, hue) tuples');
    frame = dots;
  },
};

/** Post pending output, the latest canvas frame and the instruction count. */
function flush() {
  lastFlush = performance.now();
  if (dropped) {
    outbox.push(['note', `\n… ${dropped} characters of output skipped …\n`]);
    dropped = 0;
  }
  if (outbox.length) post({ type: 'output', chunks: outbox });
  if (frame !== null) post({ type: 'frame', data: frame });
  outbox = [];
  outChars = 0;
  frame = null;
  post({ type: 'progress', instructions });
  if (state === 'running' || state === 'paused') sample(state === 'paused');
}

/**
 * Post the live view: every LIVE_MS at most (or `now`), and never more
 * than 1/20 of the time; with more than LIVE_MAX_RUNNING tasklets only when
 * `now` (sampling 100,000 tasklets takes a good part of a second). Only the
 * selected tasklet keeps all its frames and locals.
 */
function sample(now = false) {
  const t0 = performance.now();
  if (!now && (crowded || t0 < nextSample)) return;
  const tasklets = rt.tasklets();
  const channels = rt.channels();
  nextSample = performance.now() + Math.max(LIVE_MS, (performance.now() - t0) * 20);
  crowded = tasklets.length > LIVE_MAX_RUNNING;
  const shown = tasklets.filter((t) => t.state !== 'finished' || t.id === selected);
  const rows = shown.slice(0, LIVE_ROWS);
  const chosen = tasklets.find((t) => t.id === selected);
  if (chosen && !rows.includes(chosen)) rows.push(chosen);
  post({
    type: 'live',
    totalTasklets: shown.length,
    totalChannels: channels.length,
    crowded,
    counts: countStates(tasklets),
    tasklets: rows.map((t) => (t.id === selected ? t : { ...t, frames: brief(t) })),
    channels: channels.slice(0, LIVE_ROWS),
  });
}

/** A tasklet's current frame without locals. */
function brief(t) {
  const f = currentFrame(t);
  return f ? [{ ...f, locals: [] }] : [];
}

/** Where the tasklet to step is: its id and current line ('' when it has none). */
function position() {
  const tasklets = rt.tasklets();
  const t =
    tasklets.find((x) => x.id === selected && x.state !== 'finished') ||
    tasklets.find((x) => x.state === 'running') ||
    tasklets.find((x) => x.main);
  const f = t ? currentFrame(t) : null;
  return t ? `${t.id}:${f ? f.line : ''}:${t.state === 'finished'}` : '';
}

function setState(next, extra = {}) {
  state = next;
  flush();
  post({ type: 'state', state: next, ...extra });
}

/** The runtime's options: its streams go to the page. */
function options() {
  return {
    stdout: (t) => write('stdout', t),
    stderr: (t) => write('stderr', t),
    stdin: (o) => input.read(o.sync),
    hostFunctions: { canvas: canvasModule },
  };
}

async function create() {
  input = new InputLine((shared) => {
    flush();
    post({ type: 'state', state: 'input', shared });
  });
  rt = await Runtime.create(options());
  setState('ready');
}

function load(source) {
  try {
    rt.exec(source, { filename: 'main.py', argv: ['main.py'] });
  } catch (e) {
    if (!(e instanceof WeftSyntaxError)) throw e;
    write('stderr', e.text);
    setState('done', {
      exitCode: 1,
      syntaxError: { line: e.line, column: e.column, endColumn: e.endColumn, message: e.message },
    });
    return false;
  }
  instructions = rt.instructions;
  return true;
}

/** Yield to the worker's event loop (messages) without setTimeout's clamp. */
const channel = new MessageChannel();
const turns = [];
channel.port1.onmessage = () => turns.shift()();
const yieldTurn = () =>
  new Promise((resolve) => {
    turns.push(resolve);
    channel.port2.postMessage(0);
  });
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 16));

/** One slice; returns false once the program is over. */
async function slice(n) {
  const r = rt.run({ budget: n });
  instructions = rt.instructions;
  if (r.status === 'idle' || r.status === 'error') {
    setState('done', { exitCode: r.exitCode, error: r.status === 'error' ? r.error.pythonType : null });
    return false;
  }
  if (r.status === 'waiting') {
    flush();
    if (!r.input) post({ type: 'state', state: 'sleeping' });
    await rt.wait();
    if (state === 'running') post({ type: 'state', state: 'running' });
  }
  return true;
}

/** Run slices while the state is 'running'; adaptive slices last ~10 ms. */
async function drive() {
  if (driving) return;
  driving = true;
  let adaptive = 20000;
  try {
    while (state === 'running') {
      const n = budget || adaptive;
      const t0 = performance.now();
      if (!(await slice(n))) return;
      const dt = performance.now() - t0;
      if (!budget && dt > 0.5) adaptive = Math.max(1000, Math.min(adaptive * 4, Math.round((n / dt) * 10)));
      if (performance.now() - lastFlush >= FLUSH_MS) flush();
      await (budget && budget < SLOW_BUDGET ? nextFrame() : yieldTurn());
    }
  } catch (e) {
    write('stderr', `\n[playground] ${e && e.stack ? e.stack : e}\n`);
    setState('done', { exitCode: 1, error: 'internal' });
  } finally {
    driving = false;
  }
}

const handlers = {
  run({ source, speed, paused }) {
    budget = speed;
    nextSample = performance.now() + LIVE_FIRST_MS;
    if (!load(source)) return;
    if (paused) return setState('paused');
    setState('running');
    drive();
  },
  pause() {
    if (state === 'running') setState('paused');
  },
  resume() {
    if (state === 'paused') {
      setState('running');
      drive();
    }
  },
  async step({ count }) {
    if (state !== 'paused' || driving) return;
    driving = true;
    try {
      if (await slice(count)) setState('paused');
    } finally {
      driving = false;
    }
  },
  /** Run until the selected (else the running) tasklet is on another line. */
  async stepLine() {
    if (state !== 'paused' || driving) return;
    driving = true;
    try {
      const start = position();
      const deadline = performance.now() + LINE_STEP_MS;
      for (let i = 0; i < LINE_STEP_LIMIT && performance.now() < deadline; i++) {
        if (!(await slice(1))) return;
        if (state !== 'paused' || position() !== start) break;
      }
      setState('paused');
    } finally {
      driving = false;
    }
  },
  /** Post the whole runtime as JSON text (between two slices). */
  snapshot() {
    try {
      post({ type: 'snapshot', text: rt.snapshot() });
    } catch (e) {
      post({ type: 'snapshot', error: e.message });
    }
  },
  /** Continue a snapshot's program in this worker's place. */
  async restore({ text, speed }) {
    budget = speed;
    try {
      const restored = await Runtime.restore(text, options());
      rt.close();
      rt = restored;
    } catch (e) {
      write('stderr', `Restore failed: ${e.message}\n`);
      setState('done', { exitCode: 1, error: 'restore' });
      return;
    }
    instructions = rt.instructions;
    nextSample = performance.now() + LIVE_FIRST_MS;
    setState('running');
    drive();
  },
  select({ id }) {
    selected = id;
    if (state === 'paused') sample(true);
  },
  speed({ speed }) {
    budget = speed;
  },
  input({ line }) {
    input.answer(line);
  },
};

onmessage = (e) => handlers[e.data.type](e.data);
create().catch((e) => post({ type: 'fatal', message: String(e && e.stack ? e.stack : e) }));
