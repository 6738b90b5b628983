// The JS boundary around in-place enrichment: whatever goes wrong inside the
// WebAssembly module (invalid options, a limit, a JS error from the DOM, or a
// panic, which reaches JS as a WebAssembly.RuntimeError), the element comes
// back exactly as it was: the same text nodes with the same text, no spans.
//
// The module keeps its own record of what it changed, but after a panic its
// memory cannot be trusted, so the guard keeps a record of its own: every
// text node under the element and its text, and the spans with a data-ae-id
// already there (a page's own, or an earlier run's). Restoring unwraps the
// spans with a data-ae-id that were not there (so a half-written one of ours
// goes too), gives each recorded node its text back (splitText keeps the
// original node as the first piece) and removes the pieces split off it.
//
// After a panic the module is not used again on this page: calls refuse with
// a readable error, and the page stays as it is.
import { ATTR, KEY_PROPERTY } from './markup.js';

const broken = new WeakSet();
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const WITH_ID = `span[${ATTR.id}]`;

/** Every text node under `el` with its text, and the spans with a data-ae-id there now. */
export function snapshot(el) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const texts = new Map();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.set(n, n.data);
  return { texts, spans: new Set(el.querySelectorAll(WITH_ID)), recorded: Object.hasOwn(el, KEY_PROPERTY) };
}

/** Put `el` back as `snapshot(el)` saw it. */
export function restore(el, snap) {
  for (const span of el.querySelectorAll(WITH_ID)) if (!snap.spans.has(span)) span.replaceWith(...span.childNodes);
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const extra = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!snap.texts.has(n)) extra.push(n);
  for (const n of extra) n.remove();
  for (const [node, data] of snap.texts) if (node.data !== data) node.data = data;
  // A record key this call set is stale now; an earlier run's stays, with its spans.
  if (!snap.recorded) delete el[KEY_PROPERTY];
}

/**
 * `wasm.enrichElement(el, options)`, guarded: on any failure `el` is restored
 * and the error rethrown; after a panic the module refuses further work.
 */
export function guardedEnrich(wasm, el, options) {
  if (broken.has(wasm)) {
    throw new Error('stopped after an internal error earlier on this page; reload the page to use it again');
  }
  const snap = snapshot(el);
  try {
    return wasm.enrichElement(el, options);
  } catch (e) {
    const panicked = e instanceof WebAssembly.RuntimeError;
    if (!panicked && !snap.recorded) {
      // The module is sound: let it drop a record this call made. (With an
      // earlier run's record, unenrich would undo that run too, and restoring
      // this call's snapshot over it would then cut its text.)
      try {
        wasm.unenrich(el);
      } catch {
        /* nothing was recorded */
      }
    }
    restore(el, snap);
    if (panicked) {
      broken.add(wasm);
      throw new Error(`internal error (${e.message}); the page was restored`);
    }
    throw e;
  }
}

/** `wasm.unenrich(el)`, refused after a panic (the page was restored then). */
export function guardedUnenrich(wasm, el) {
  if (broken.has(wasm)) return 0;
  return wasm.unenrich(el);
}
