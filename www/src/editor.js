// The code editor: CodeMirror 6 with Python highlighting and line numbers,
// plus two line marks the playground sets — the error line (a syntax error
// or the innermost main.py frame of a traceback) and the current line of a
// selected tasklet. The marked lines are mirrored in data-* attributes of
// the editor's element for tests.

import { EditorView, basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { keymap, Decoration } from '@codemirror/view';
import { StateField, StateEffect } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { setDiagnostics, lintGutter } from '@codemirror/lint';

const setMark = StateEffect.define();

/** A line decoration per mark kind ('error', 'current'), set by effects. */
const marks = StateField.define({
  create: () => ({ error: null, current: null }),
  update(value, tr) {
    let next = value;
    for (const e of tr.effects) if (e.is(setMark)) next = { ...next, [e.value.kind]: e.value.line };
    return next;
  },
  provide: (field) =>
    EditorView.decorations.compute([field, 'doc'], (state) => {
      const v = state.field(field);
      const ranges = [];
      for (const kind of ['current', 'error']) {
        const n = v[kind];
        if (n !== null && n >= 1 && n <= state.doc.lines) {
          ranges.push(Decoration.line({ class: `cm-${kind}Line` }).range(state.doc.line(n).from));
        }
      }
      ranges.sort((a, b) => a.from - b.from);
      return Decoration.set(ranges);
    }),
});

export class Editor {
  constructor(parent, { doc, onChange }) {
    this._parent = parent;
    this.view = new EditorView({
      parent,
      doc,
      extensions: [
        basicSetup,
        python(),
        keymap.of([indentWithTab]),
        lintGutter(),
        marks,
        EditorView.updateListener.of((u) => {
          if (u.docChanged) {
            this.mark('error', null);
            this.view.dispatch(setDiagnostics(this.view.state, []));
            onChange(this.text);
          }
        }),
      ],
    });
  }

  get text() {
    return this.view.state.doc.toString();
  }

  set text(source) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: source } });
  }

  /** Mark line `n` (1-based; null clears) as 'error' or 'current'. */
  mark(kind, n) {
    this.view.dispatch({ effects: setMark.of({ kind, line: n }) });
    if (n === null) delete this._parent.dataset[`${kind}Line`];
    else this._parent.dataset[`${kind}Line`] = String(n);
  }

  /** Show a syntax error: a diagnostic at line/column and the error mark. */
  syntaxError({ line, column, endColumn, message }) {
    const doc = this.view.state.doc;
    if (line < 1 || line > doc.lines) return;
    const l = doc.line(line);
    const from = Math.min(l.from + Math.max(column - 1, 0), l.to);
    const to = Math.min(Math.max(l.from + (endColumn || column) - 1, from + 1), doc.length);
    this.view.dispatch(setDiagnostics(this.view.state, [{ from, to, severity: 'error', message }]));
    this.mark('error', line);
    this.goTo(line);
  }

  /** Move the cursor to line `n` and scroll it into view. */
  goTo(n) {
    const doc = this.view.state.doc;
    if (n < 1 || n > doc.lines) return;
    const pos = doc.line(n).from;
    this.view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    this.view.focus();
  }
}
