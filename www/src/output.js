// Splits a program's stdout into console text and playground control lines.
// A line that starts with ESC (\x1b) is a control line for the page, e.g.
// "\x1bframe ..." (a canvas frame, see www/README.md) and never reaches the
// console; everything else is passed on at once, partial lines included.

export class OutputSplitter {
  constructor({ text, control }) {
    this._text = text;
    this._control = control;
    this._carry = '';
    this._lineStart = true;
  }

  write(chunk) {
    const buf = this._carry + chunk;
    this._carry = '';
    let i = 0;
    while (i < buf.length) {
      const nl = buf.indexOf('\n', i);
      if (this._lineStart && buf[i] === '\x1b') {
        if (nl < 0) {
          this._carry = buf.slice(i);
          return;
        }
        this._control(buf.slice(i + 1, nl));
        i = nl + 1;
        continue;
      }
      const end = nl < 0 ? buf.length : nl + 1;
      this._text(buf.slice(i, end));
      this._lineStart = nl >= 0;
      i = end;
    }
  }

  /** The program ended: an unfinished control line is shown as text. */
  end() {
    if (this._carry) this._text(this._carry);
    this._carry = '';
    this._lineStart = true;
  }
}
