// A strip chart of the live view's samples: for each sample, one column of
// the tasklets by state (stacked, bottom up: running, runnable, blocked,
// sleeping, reading, other), scaled to the most tasklets seen; the newest
// sample is at the right.

const STATES = [
  ['running', '#1f9d55'],
  ['runnable', '#6cc08b'],
  ['blocked', '#e0892b'],
  ['sleeping', '#6b8fd6'],
  ['reading', '#b07ad6'],
  ['other', '#a0a8b8'],
];
/** Pixels per sample. */
const COLUMN = 2;

export class Timeline {
  constructor(canvas) {
    this._canvas = canvas;
    this._ctx = canvas.getContext('2d');
    this._samples = [];
    canvas.title = 'Tasklets by state over time: ' + STATES.map(([s]) => s).join(', ') + ' (bottom up)';
  }

  reset() {
    this._samples = [];
    this._draw();
  }

  /** Add a sample: `counts` maps a tasklet state to how many are in it. */
  add(counts) {
    this._samples.push(counts);
    const keep = Math.floor(this._canvas.width / COLUMN);
    if (this._samples.length > keep) this._samples.splice(0, this._samples.length - keep);
    this._draw();
  }

  _draw() {
    const { width, height } = this._canvas;
    const ctx = this._ctx;
    ctx.clearRect(0, 0, width, height);
    const most = Math.max(1, ...this._samples.map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
    const x0 = width - this._samples.length * COLUMN;
    this._samples.forEach((counts, i) => {
      let y = height;
      for (const [state, colour] of STATES) {
        const h = ((counts[state] || 0) / most) * height;
        if (h <= 0) continue;
        ctx.fillStyle = colour;
        ctx.fillRect(x0 + i * COLUMN, y - h, COLUMN, h);
        y -= h;
      }
    });
  }
}

/** Tasklets counted by state, the states STATES has no colour for as 'other'. */
export function countStates(tasklets) {
  const known = new Set(STATES.map(([s]) => s));
  const counts = {};
  for (const t of tasklets) {
    if (t.state === 'finished') continue;
    const key = known.has(t.state) ? t.state : 'other';
    counts[key] = (counts[key] || 0) + 1;
  }
  return counts;
}
