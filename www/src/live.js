// The live view of concurrency: every tasklet (id, function, state, what it
// is blocked on, current line) and every channel (balance, waiting queue),
// as the worker samples them with rt.tasklets() / rt.channels(). Selecting
// a tasklet marks its line in the editor and lists its frames and locals.

/** Rows shown per table; the rest are counted. */
const MAX_ROWS = 200;

const el = (tag, { dataset = {}, ...props } = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  Object.assign(e.dataset, dataset);
  e.append(...children);
  return e;
};

/** The innermost frame in main.py, else the innermost frame. */
export function currentFrame(t) {
  const frames = t.frames || [];
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].filename === 'main.py') return frames[i];
  return frames[frames.length - 1] || null;
}

function describeState(t) {
  if (t.state === 'blocked' && t.blockedOn) {
    return `blocked: ${t.blockedOn.direction} on channel ${t.blockedOn.channel}`;
  }
  return t.state.replace('_', ' ');
}

export class LiveView {
  /** `onSelect(tasklet or null)`: a tasklet row was picked (or the selection went away). */
  constructor(element, { onSelect }) {
    this._el = element;
    this._tasklets = element.querySelector('.tasklets tbody');
    this._channels = element.querySelector('.channels tbody');
    this._detail = element.querySelector('.detail');
    this._summary = element.querySelector('.summary');
    this._onSelect = onSelect;
    this._selected = null;
    this._data = { tasklets: [], channels: [] };
    this._tasklets.addEventListener('click', (e) => {
      const row = e.target.closest('tr[data-id]');
      if (!row) return;
      const id = Number(row.dataset.id);
      this._selected = this._selected === id ? null : id;
      this.render();
    });
  }

  reset() {
    this._selected = null;
    this._data = { tasklets: [], channels: [] };
    this._el.hidden = true;
    this.render();
  }

  /** The id of the selected tasklet, or null. */
  get selected() {
    return this._selected;
  }

  update(data) {
    this._data = data;
    this._el.hidden = false;
    this.render();
  }

  render() {
    const { tasklets, channels, totalTasklets = tasklets.length, totalChannels = channels.length } = this._data;
    const rows = tasklets.slice(0, MAX_ROWS).map((t) => {
      const f = currentFrame(t);
      return el(
        'tr',
        { className: `state-${t.state}${t.id === this._selected ? ' selected' : ''}`, dataset: { id: t.id } },
        el('td', { textContent: t.main ? `${t.id} (main)` : String(t.id) }),
        el('td', { textContent: f ? f.function : '' }),
        el('td', { textContent: describeState(t) }),
        el('td', { textContent: f ? String(f.line) : '' }),
      );
    });
    this._tasklets.replaceChildren(...rows);
    this._channels.replaceChildren(
      ...channels.slice(0, MAX_ROWS).map((c) =>
        el(
          'tr',
          {},
          el('td', { textContent: String(c.id) }),
          el('td', { textContent: String(c.balance) }),
          el('td', { textContent: c.queue.length ? c.queue.join(', ') : '—' }),
          el('td', { textContent: c.closed ? 'closed' : c.closing ? 'closing' : '' }),
        ),
      ),
    );
    this._summary.textContent =
      `${totalTasklets.toLocaleString('en')} tasklets, ${totalChannels.toLocaleString('en')} channels` +
      (totalTasklets > MAX_ROWS || tasklets.length > MAX_ROWS ? ` (first ${MAX_ROWS} shown)` : '');
    const t = tasklets.find((x) => x.id === this._selected) || null;
    if (this._selected !== null && !t && tasklets.length) this._selected = null;
    this._renderDetail(t);
    this._onSelect(t);
  }

  _renderDetail(t) {
    if (!t) {
      this._detail.replaceChildren(el('p', { className: 'hint', textContent: 'Select a tasklet to see its frames and locals.' }));
      return;
    }
    const frames = [...(t.frames || [])].reverse().map((f) =>
      el(
        'div',
        { className: 'frame' },
        el('div', { className: 'where', textContent: `${f.function} — ${f.filename}, line ${f.line}` }),
        el(
          'table',
          {},
          ...f.locals.map((l) => el('tr', {}, el('th', { textContent: l.name }), el('td', { textContent: l.repr }))),
        ),
      ),
    );
    this._detail.replaceChildren(
      el('div', { className: 'where', textContent: `tasklet ${t.id}: ${describeState(t)}` }),
      ...(frames.length ? frames : [el('p', { className: 'hint', textContent: 'no frames' })]),
    );
  }
}
