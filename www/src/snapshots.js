// Snapshots in the page: the newest kept in localStorage (so Restore works
// after a reload), downloads as .json, uploads, and the program source a
// snapshot carries (its "src" table, see docs/snapshot-format.md).

const KEY = 'weft.playground.snapshot';

/** Keep `text` as the stored snapshot; false (and none kept) when it does not fit. */
export function storeSnapshot(text) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: new Date().toISOString(), text }));
    return true;
  } catch {
    localStorage.removeItem(KEY);
    return false;
  }
}

/** The stored snapshot `{ savedAt, text }`, or null. */
export function storedSnapshot() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY));
    return v && typeof v.text === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The program's source inside snapshot `text` (main.py, else the first), or null. */
export function sourceOf(text) {
  try {
    const src = JSON.parse(text).src;
    if (!Array.isArray(src)) return null;
    const entry = src.find((e) => Array.isArray(e) && e[0] === 'main.py') || src[0];
    return Array.isArray(entry) && typeof entry[1] === 'string' ? entry[1] : null;
  } catch {
    return null;
  }
}
