// The drawing surface of the Python module `canvas` (host functions in
// worker.js): canvas.size(w, h) sizes and shows it, canvas.frame(dots)
// sends one frame of (x, y, hue) dots. Only the newest frame is drawn, once
// per animation frame; the frames per second received are shown.

export class Canvas {
  constructor(element, fpsLabel) {
    this._el = element;
    this._ctx = element.getContext('2d');
    this._fps = fpsLabel;
    this._pending = null;
    this._frames = 0;
    this._times = [];
    this._scheduled = false;
  }

  reset() {
    this._el.parentElement.hidden = true;
    this._pending = null;
    this._frames = 0;
    this._times = [];
    this._fps.textContent = '';
  }

  /** Size the canvas and show it. */
  configure(w, h) {
    this._el.width = w > 0 && w <= 4096 ? w : 640;
    this._el.height = h > 0 && h <= 4096 ? h : 400;
    this._el.parentElement.hidden = false;
  }

  frame(data) {
    this._pending = data;
    this._frames++;
    const now = performance.now();
    this._times.push(now);
    while (this._times.length && this._times[0] < now - 1000) this._times.shift();
    if (!this._scheduled) {
      this._scheduled = true;
      requestAnimationFrame(() => this._draw());
    }
  }

  /** Frames received in the last second, and in all. */
  get stats() {
    return { fps: this._times.length, frames: this._frames };
  }

  _draw() {
    this._scheduled = false;
    const data = this._pending;
    if (data === null) return;
    this._pending = null;
    const ctx = this._ctx;
    ctx.fillStyle = '#10141c';
    ctx.fillRect(0, 0, this._el.width, this._el.height);
    let count = 0;
    for (const dot of data) {
      if (!Array.isArray(dot)) continue;
      const [x, y, hue] = dot;
      ctx.fillStyle = `hsl(${Number(hue) || 0} 80% 60%)`;
      ctx.fillRect(x - 2, y - 2, 4, 4);
      count++;
    }
    this._fps.textContent = `${count} entities · ${this.stats.fps} fps`;
  }
}
