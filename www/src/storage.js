// Keeps the program across reloads: in the URL hash (#code=..., base64url of
// its UTF-8, so a link shares it) and in localStorage.

const KEY = 'weft.playground.program';

function encode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(code) {
  const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The saved program: from the URL hash, else localStorage, else null. */
export function loadProgram() {
  const m = /^#code=([A-Za-z0-9_-]*)$/.exec(location.hash);
  if (m) {
    try {
      return decode(m[1]);
    } catch {
      // A damaged link: fall back to the stored program.
    }
  }
  return localStorage.getItem(KEY);
}

export function saveProgram(text) {
  localStorage.setItem(KEY, text);
  history.replaceState(null, '', `#code=${encode(text)}`);
}
