// The playground page: wires the editor, the console, the canvas, the live
// view, snapshots and the examples gallery to the Controller that runs
// programs in a Web Worker.

import { Editor } from './editor.js';
import { Console, lastTracebackLine } from './console.js';
import { Controller } from './controller.js';
import { Canvas } from './canvas.js';
import { LiveView, currentFrame } from './live.js';
import { loadGallery } from './examples.js';
import { loadProgram, saveProgram } from './storage.js';
import { storeSnapshot, storedSnapshot, download, sourceOf } from './snapshots.js';

const $ = (id) => document.getElementById(id);
const buttons = Object.fromEntries(
  ['run', 'pause', 'resume', 'step', 'line', 'stop', 'snapshot', 'restore', 'upload'].map((id) => [id, $(id)]),
);
const statusEl = $('status');
const speedEl = $('speed');

const WELCOME = `# Welcome to the Weft playground: edit, then press Run (Ctrl+Enter).
import stackless

def worker(name, n):
    for i in range(n):
        print(name, i)
        stackless.schedule()

stackless.tasklet(worker)("ping", 3)
stackless.tasklet(worker)("pong", 3)
stackless.run()
`;

let saveTimer = null;
const editor = new Editor($('editor'), {
  doc: loadProgram() ?? WELCOME,
  onChange: (text) => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveProgram(text), 300);
  },
});
const output = new Console($('console'), { onLink: (line) => editor.goTo(line) });
const canvas = new Canvas($('canvas'), $('fps'));
let selectedLine = null;
const live = new LiveView($('live'), {
  onSelect: (id) => controller.select(id),
  onShow(t) {
    const f = t ? currentFrame(t) : null;
    const line = f && f.filename === 'main.py' ? f.line : null;
    if (line !== selectedLine) editor.mark('current', (selectedLine = line));
  },
});

let state = 'idle';
let instructions = 0;
let started = 0;
let elapsed = 0;
let stderrText = '';
let canRestore = storedSnapshot() !== null;

/** Which buttons a state enables. */
const ENABLED = {
  idle: ['run', 'step', 'restore', 'upload'],
  loading: ['run', 'stop'],
  running: ['run', 'pause', 'stop', 'snapshot'],
  sleeping: ['run', 'pause', 'stop', 'snapshot'],
  input: ['run', 'stop'],
  paused: ['run', 'resume', 'step', 'line', 'stop', 'snapshot', 'restore', 'upload'],
  done: ['run', 'step', 'restore', 'upload'],
  error: ['run', 'step', 'restore', 'upload'],
  stopped: ['run', 'step', 'restore', 'upload'],
};

function showStatus() {
  const seconds = (state === 'running' || state === 'sleeping' || state === 'input' ? performance.now() - started : elapsed) / 1000;
  statusEl.dataset.state = state;
  statusEl.dataset.instructions = String(instructions);
  statusEl.querySelector('.state').textContent = state;
  statusEl.querySelector('.counts').textContent = started
    ? `· ${instructions.toLocaleString('en')} instructions · ${seconds.toFixed(2)} s`
    : '';
  for (const [id, b] of Object.entries(buttons)) b.disabled = !ENABLED[state].includes(id);
  if (!canRestore) buttons.restore.disabled = true;
}

function setState(next) {
  const active = state === 'running' || state === 'sleeping' || state === 'input';
  const nowActive = next === 'running' || next === 'sleeping' || next === 'input';
  if (active && !nowActive) elapsed += performance.now() - started;
  if (!active && nowActive) started = performance.now() - elapsed;
  // A program sleeping once a frame flips between these two 60 times a
  // second: the 250 ms refresh shows them.
  const flicker = ['running', 'sleeping'].includes(state) && ['running', 'sleeping'].includes(next);
  state = next;
  if (!flicker) showStatus();
}

const controller = new Controller({
  output(chunks) {
    for (const [stream, text] of chunks) {
      output.write(stream, text);
      if (stream === 'stderr') stderrText += text;
    }
  },
  frame: (data) => canvas.frame(data),
  canvas: (width, height) => canvas.configure(width, height),
  progress(n) {
    instructions = n; // shown by the 250 ms refresh below
  },
  live: (data) => live.update(data),
  snapshot({ text, error }) {
    if (error) return output.write('stderr', `[playground] snapshot failed: ${error}\n`);
    const kept = storeSnapshot(text);
    canRestore = kept;
    download(text, `weft-snapshot-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    output.write('note', `\n[snapshot: ${text.length.toLocaleString('en')} characters${kept ? ', kept in this browser' : ', too large to keep in this browser'}]\n`);
    showStatus();
  },
  input(answer) {
    setState('input');
    output.ask((line) => {
      setState('running');
      answer(line);
    });
  },
  state(next, msg) {
    if (next === 'done') {
      output.closeInput();
      if (msg.syntaxError) editor.syntaxError(msg.syntaxError);
      else if (msg.error) editor.mark('error', lastTracebackLine(stderrText));
      if (msg.message) output.write('stderr', `[playground] ${msg.message}\n`);
      output.write('note', `\n[exit ${msg.exitCode}]\n`);
      return setState(msg.exitCode === 0 ? 'done' : 'error');
    }
    if (next !== 'ready') setState(next);
  },
});

/** Clear the output and counters for a new run. */
function fresh() {
  output.clear();
  canvas.reset();
  live.reset();
  editor.mark('error', null);
  stderrText = '';
  instructions = 0;
  elapsed = 0;
  started = 0;
}

/** Start the editor's program; `paused` stops it before its first instruction. */
function run(paused = false) {
  fresh();
  saveProgram(editor.text);
  controller.run(editor.text, Number(speedEl.value), paused);
}

/** Continue the program of a snapshot, showing its source in the editor. */
function restore(text) {
  const source = sourceOf(text);
  if (source !== null) {
    editor.text = source;
    saveProgram(source);
  }
  fresh();
  output.write('note', '[restored from a snapshot]\n');
  controller.restore(text, Number(speedEl.value));
}

buttons.run.onclick = () => run();
buttons.pause.onclick = () => controller.pause();
buttons.resume.onclick = () => controller.resume();
buttons.line.onclick = () => controller.stepLine();
buttons.step.onclick = () => (state === 'paused' ? controller.step(1) : run(true));
buttons.stop.onclick = () => {
  if (controller.stop()) {
    output.closeInput();
    output.write('note', '\n[stopped]\n');
    setState('stopped');
  }
};
buttons.snapshot.onclick = () => controller.snapshot();
buttons.restore.onclick = () => {
  const stored = storedSnapshot();
  if (stored) restore(stored.text);
};
buttons.upload.onclick = () => $('upload-file').click();
$('upload-file').onchange = async (e) => {
  const file = e.target.files[0];
  e.target.value = '';
  if (file) restore(await file.text());
};
speedEl.onchange = () => controller.setSpeed(Number(speedEl.value));
$('clear').onclick = () => output.clear();
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
    e.preventDefault();
    run();
  }
});
setInterval(() => state !== 'idle' && showStatus(), 250);

loadGallery($('examples'), (name, source) => {
  editor.text = source;
  saveProgram(source);
}).catch((e) => output.write('stderr', `[playground] examples: ${e.message}\n`));
showStatus();
