// The output console: stdout and stderr in their own styles, traceback lines
// `File "main.py", line N` as links to the editor, and an input line that
// answers the program's input(). Old output is dropped past a limit so a
// print loop cannot make the page slow.

/** Characters kept in the console. */
const LIMIT = 200_000;
const TRACE_LINE = /(File "main\.py", line )(\d+)/g;

export class Console {
  constructor(element, { onLink }) {
    this._el = element;
    this._out = element.querySelector('.output');
    this._form = element.querySelector('form');
    this._field = this._form.querySelector('input');
    this._onLink = onLink;
    this._chars = 0;
    this._answer = null;
    this._out.addEventListener('click', (e) => {
      const line = e.target.closest('a[data-line]');
      if (line) {
        e.preventDefault();
        this._onLink(Number(line.dataset.line));
      }
    });
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
    this._chars = 0;
    this.closeInput();
  }

  /** Append `text` of a stream ('stdout', 'stderr', 'stdin', 'note'). */
  write(stream, text) {
    if (!text) return;
    const span = document.createElement('span');
    span.className = stream;
    if (stream === 'stderr') linkTraceback(span, text);
    else span.textContent = text;
    const stick = this._out.scrollTop + this._out.clientHeight >= this._out.scrollHeight - 4;
    this._out.append(span);
    this._chars += text.length;
    while (this._chars > LIMIT && this._out.firstChild) {
      this._chars -= this._out.firstChild.textContent.length;
      this._out.firstChild.remove();
    }
    if (stick) this._out.scrollTop = this._out.scrollHeight;
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

  /** The console's text (what the program printed, with typed input). */
  get text() {
    return this._out.textContent;
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
