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
