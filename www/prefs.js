// Which kinds the reader wants marked, remembered per site (localStorage is
// per origin). By default dates and figures are not shown: they are found
// and kept in the page, but not underlined, not Tab stops and without a
// tooltip, until the reader turns them on in the panel's legend. Where
// storage is blocked (a sandboxed frame, privacy settings) the default holds
// and nothing is thrown.
import { ATTR, KINDS, QUOTE } from './markup.js';

const KEY = 'article-enrich:kinds-off';
/** The kinds off by default. */
export const DEFAULT_OFF = Object.freeze(['date', 'number']);
const ALL = [...KINDS, QUOTE];

/** The kinds turned off on this site: what was saved, else `fallback` (the default). */
export function readOff(win = window, fallback = DEFAULT_OFF) {
  try {
    const v = win.localStorage.getItem(KEY);
    if (v === null) return [...fallback];
    const list = JSON.parse(v);
    return Array.isArray(list) ? list.filter((k) => ALL.includes(k)) : [...fallback];
  } catch {
    return [...fallback];
  }
}

/** Remember `off` for this site; silently nothing where storage is blocked. */
export function saveOff(off, win = window) {
  try {
    win.localStorage.setItem(KEY, JSON.stringify(off));
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

/** Show the kinds not in `off` (enrich.css reads the attribute on <html>). */
export function applyOff(doc, off) {
  const root = doc.documentElement;
  if (off.length) root.setAttribute(ATTR.off, off.join(' '));
  else root.removeAttribute(ATTR.off);
}

/** The kinds off on `doc` now. */
export function currentOff(doc) {
  return (doc.documentElement.getAttribute(ATTR.off) || '').split(' ').filter((k) => ALL.includes(k));
}

/** [r, g, b, a] of a computed colour "rgb(…)" / "rgba(…)", or null. */
function rgba(css) {
  const m = /^rgba?\(([^)]+)\)$/.exec(css || '');
  if (!m) return null;
  const v = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return v.length >= 3 && v.every((x) => Number.isFinite(x)) ? [v[0], v[1], v[2], v.length > 3 ? v[3] : 1] : null;
}

/**
 * "dark" or "light": the page's own background under `el` (the first
 * ancestor with a mostly opaque background colour, else the canvas), not the
 * reader's OS setting: a light site seen with a dark OS setting gets dark
 * tooltips, which stand out on it.
 */
export function pageTheme(el) {
  const win = el.ownerDocument.defaultView;
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(win.getComputedStyle(e).backgroundColor);
    if (c && c[3] >= 0.5) {
      const [r, g, b] = c.slice(0, 3).map((x) => {
        const s = x / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
    }
  }
  // No background anywhere: the canvas, dark only when the page opts in to it.
  const scheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme || '';
  return /dark/.test(scheme) && (!/light/.test(scheme) || win.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
}

/**
 * Set the widget's theme on <html> from the page under `el`, unless one is
 * forced (the embed's data-theme, or the site's own data-ae-theme). Returns
 * the function that takes it off again (nothing, when it was not ours).
 */
export function applyTheme(doc, el, forced = 'auto') {
  const root = doc.documentElement;
  if (root.hasAttribute(ATTR.theme)) return () => {};
  root.setAttribute(ATTR.theme, forced === 'light' || forced === 'dark' ? forced : pageTheme(el));
  return () => root.removeAttribute(ATTR.theme);
}
