// The output console: stdout and stderr in their own styles, traceback lines
// `File "main.py", line N` as links to the editor, and an input line that
// answers the program's input(). Old output is dropped past a limit so a
// print loop cannot make the page slow.

/** Characters kept in the console. */
const LIMIT = 50_000;
/** Characters laid out per frame at most. */
const FRAME_CHARS = 3000;
/** Output is laid out in blocks of about this many characters, split at line ends. */
const BLOCK = 2048;
const TRACE_LINE = /(File "main\.py", line )(\d+)/g;

export class Console {
  constructor(element, { onLink }) {
    this._out = element.querySelector('.output');
    this._form = element.querySelector('form');
    this._field = this._form.querySelector('input');
    this._chars = 0;
    this._pending = [];
    this._pendingChars = 0;
    this._scheduled = false;
    this._stick = true;
    this._answer = null;
    this._out.addEventListener('click', (e) => {
      const line = e.target.closest('a[data-line]');
      if (line) {
        e.preventDefault();
        onLink(Number(line.dataset.line));
      }
    });
    this._out.addEventListener(
      'scroll',
      () => (this._stick = this._out.scrollTop + this._out.clientHeight >= this._out.scrollHeight - 4),
      { passive: true },
    );
    this._form.addEventListener('submit', (e) => {
      e.preventDefault();
      const answer = this._answer;
      if (!answer) return;
      const line = this._field.value;
      this._field.value = '';
      this.closeInput();
      this.write('stdin', line + '\n');
      answer(line);
    });
  }

  clear() {
    this._out.textContent = '';
    this._pending = [];
    this._pendingChars = 0;
    this._chars = 0;
    this._stick = true;
    this.closeInput();
  }

  /** Append `text` of a stream ('stdout', 'stderr', 'stdin', 'note'); shown from the next frame on. */
  write(stream, text) {
    if (!text) return;
    this._pending.push([stream, text]);
    this._pendingChars += text.length;
    // What would be trimmed right after showing it is dropped before.
    let skipped = 0;
    while (this._pendingChars - this._pending[0][1].length > LIMIT) {
      const [, dropped] = this._pending.shift();
      this._pendingChars -= dropped.length;
      skipped += dropped.length;
    }
    if (skipped) this._pending.unshift(['note', `… ${skipped} characters skipped …\n`]);
    this._schedule();
  }

  _schedule() {
    if (!this._scheduled) {
      this._scheduled = true;
      requestAnimationFrame(() => this._render());
    }
  }

  /**
   * Show at most FRAME_CHARS of what was written (laying out text costs
   * time: a print loop must not make frames long), drop the oldest blocks
   * past LIMIT, and follow the end unless the user scrolled up.
   */
  _render() {
    this._scheduled = false;
    let budget = FRAME_CHARS;
    while (budget > 0 && this._pending.length) {
      const [stream, text] = this._pending[0];
      const piece = text.length <= budget ? text : text.slice(0, text.lastIndexOf('\n', budget) + 1 || budget);
      if (piece.length === text.length) this._pending.shift();
      else this._pending[0][1] = text.slice(piece.length);
      this._pendingChars -= piece.length;
      budget -= piece.length;
      this._append(stream, piece);
    }
    while (this._chars > LIMIT && this._out.childElementCount > 1) {
      this._chars -= this._out.firstElementChild.textContent.length;
      this._out.firstElementChild.remove();
    }
    if (this._stick) this._out.scrollTop = this._out.scrollHeight;
    if (this._pending.length) this._schedule();
  }

  /** Whether everything written is on screen. */
  get settled() {
    return this._pending.length === 0;
  }

  /**
   * Add `text` to the last block, starting a new block once it is full and
   * ends a line: the browser then lays out only the new blocks.
   */
  _append(stream, text) {
    let i = 0;
    while (i < text.length) {
      let block = this._out.lastElementChild;
      if (!block || (block.chars >= BLOCK && block.endsLine)) {
        block = document.createElement('div');
        block.chars = 0;
        this._out.append(block);
      }
      const nl = text.indexOf('\n', i + Math.max(BLOCK - block.chars, 0));
      const end = nl < 0 ? text.length : nl + 1;
      const piece = text.slice(i, end);
      const span = document.createElement('span');
      span.className = stream;
      if (stream === 'stderr') linkTraceback(span, piece);
      else span.textContent = piece;
      block.append(span);
      block.chars += piece.length;
      block.endsLine = piece.endsWith('\n');
      this._chars += piece.length;
      i = end;
    }
  }

  /** Show the input line; `answer(line)` gets what the user types. */
  ask(answer) {
    this._answer = answer;
    this._form.hidden = false;
    this._field.focus();
  }

  closeInput() {
    this._answer = null;
    this._form.hidden = true;
  }
}

/** Fill `span` with `text`, turning traceback locations into links. */
function linkTraceback(span, text) {
  let last = 0;
  for (const m of text.matchAll(TRACE_LINE)) {
    span.append(text.slice(last, m.index + m[1].length));
    const a = document.createElement('a');
    a.href = '#';
    a.dataset.line = m[2];
    a.textContent = m[2];
    span.append(a);
    last = m.index + m[0].length;
  }
  span.append(text.slice(last));
}

/** The innermost main.py line of a traceback, or null. */
export function lastTracebackLine(text) {
  let line = null;
  for (const m of text.matchAll(TRACE_LINE)) line = Number(m[2]);
  return line;
}
