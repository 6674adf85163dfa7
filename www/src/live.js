// The live view of concurrency: every tasklet (id, function, state, what it
// is blocked on, current line) and every channel (balance, waiting queue),
// as the worker samples them with rt.tasklets() / rt.channels() (the first
// 200 of each). Selecting a tasklet marks its line in the editor and lists
// its frames and locals. A strip chart (timeline.js) shows the tasklets by
// state over the samples.

import { Timeline } from './timeline.js';

const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
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

/**
 * Make `tbody`'s rows show `rows` ({ id, className, cells }), reusing the
 * rows already there so a click in progress is not lost to a refresh.
 */
function fill(tbody, rows) {
  rows.forEach((r, i) => {
    let tr = tbody.rows[i];
    if (!tr) tr = tbody.insertRow();
    tr.dataset.id = String(r.id);
    if (tr.className !== r.className) tr.className = r.className;
    r.cells.forEach((text, j) => {
      const td = tr.cells[j] || tr.insertCell();
      if (td.textContent !== text) td.textContent = text;
    });
  });
  while (tbody.rows.length > rows.length) tbody.deleteRow(-1);
}

export class LiveView {
  /**
   * `onSelect(id or null)`: the user picked a tasklet (or unpicked it);
   * `onShow(tasklet or null)`: after each update, the selected tasklet.
   */
  constructor(element, { onSelect, onShow }) {
    this._el = element;
    this._tasklets = element.querySelector('.tasklets tbody');
    this._channels = element.querySelector('.channels tbody');
    this._detail = element.querySelector('.detail');
    this._summary = element.querySelector('.summary');
    this._timeline = new Timeline(element.querySelector('canvas.timeline'));
    this._onSelect = onSelect;
    this._onShow = onShow;
    this._selected = null;
    this._data = { tasklets: [], channels: [] };
    this._tasklets.addEventListener('click', (e) => {
      const row = e.target.closest('tr[data-id]');
      if (!row) return;
      const id = Number(row.dataset.id);
      this._selected = this._selected === id ? null : id;
      this._onSelect(this._selected);
      this.render();
    });
  }

  reset() {
    this._selected = null;
    this._data = { tasklets: [], channels: [] };
    this._timeline.reset();
    this._el.hidden = true;
    this.render();
  }

  /** The id of the selected tasklet, or null. */
  get selected() {
    return this._selected;
  }

  update(data) {
    this._data = data;
    this._timeline.add(data.counts);
    this._el.hidden = false;
    this.render();
  }

  render() {
    const { tasklets, channels, totalTasklets = tasklets.length, totalChannels = channels.length } = this._data;
    fill(
      this._tasklets,
      tasklets.map((t) => {
        const f = currentFrame(t);
        return {
          id: t.id,
          className: `state-${t.state}${t.id === this._selected ? ' selected' : ''}`,
          cells: [t.main ? `${t.id} (main)` : String(t.id), f ? f.function : '', describeState(t), f ? String(f.line) : ''],
        };
      }),
    );
    fill(
      this._channels,
      channels.map((c) => ({
        id: c.id,
        className: '',
        cells: [String(c.id), String(c.balance), c.queue.length ? c.queue.join(', ') : '—', c.closed ? 'closed' : c.closing ? 'closing' : ''],
      })),
    );
    this._summary.textContent =
      `${totalTasklets.toLocaleString('en')} tasklets, ${totalChannels.toLocaleString('en')} channels` +
      (totalTasklets > tasklets.length ? ` (first ${tasklets.length} shown)` : '') +
      (this._data.crowded ? ' · refreshed at pauses only' : '');
    const t = tasklets.find((x) => x.id === this._selected) || null;
    this._renderDetail(t);
    this._onShow(t);
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
