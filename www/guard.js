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
//
// Nothing is kept on the page's elements: the module's record key for each
// element lives in a WeakMap here (see `withKey`), so a frozen, sealed or
// non-extensible element is undone like any other, and a page's own
// Element.prototype.__articleEnrichKey is never read.
import { ATTR, KEY_PROPERTY, DESCRIBED_BY, WIDGET_CLASSES, TAB_OFF, ourSpans } from './markup.js';

const broken = new WeakSet();
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const WITH_ID = `span[${ATTR.id}]`;

/** The module's record key of each element it enriched (and not yet undid). */
const keys = new WeakMap();
let nextKey = 1;

/**
 * Does this build of the module take the record key as an argument
 * (`enrichElement(el, options, key)`, `unenrich(el, key)`)? Then nothing at
 * all is read from or written to the element. wasm-bindgen's wrappers
 * declare every parameter, so `length` tells.
 */
const takesKey = (wasm) => wasm.enrichElement.length >= 3 && wasm.unenrich.length >= 2;

/**
 * Run `fn` while the module's reads and writes of `el[KEY_PROPERTY]` are
 * answered from `keys`, for builds that keep the key as a property
 * (src/wasm/dom.rs uses Reflect get, set and deleteProperty on the element).
 *
 * NOTE: an own property on the element cannot be set when the element is
 * frozen, sealed or not extensible (the set is refused silently, and unenrich
 * then finds no record), and a lookup that finds none reads a page's own
 * Element.prototype.__articleEnrichKey (so unenrich(b) would undo a). So for
 * the length of this one synchronous call an accessor sits on the element's
 * own prototype, the first object the lookup reaches after the element; it
 * answers for `el` alone (undefined for every other receiver), and whatever
 * the prototype had before is put back afterwards. A page that set the
 * property on the element itself, or locked that prototype, is refused before
 * the module runs, with the page unchanged.
 */
function withKey(el, fn) {
  if (Object.getOwnPropertyDescriptor(el, KEY_PROPERTY)) {
    throw new Error(`the page defines ${KEY_PROPERTY} on this element; it was left unchanged`);
  }
  const proto = Object.getPrototypeOf(el);
  const prior = proto ? Object.getOwnPropertyDescriptor(proto, KEY_PROPERTY) : undefined;
  try {
    Object.defineProperty(proto, KEY_PROPERTY, {
      configurable: true,
      enumerable: false,
      get() {
        return this === el ? keys.get(el) : undefined;
      },
      set(v) {
        if (this === el && typeof v === 'number') keys.set(el, v);
      },
    });
  } catch {
    throw new Error(`the page locked ${KEY_PROPERTY} on this element's prototype; it was left unchanged`);
  }
  try {
    return fn();
  } finally {
    if (prior) Object.defineProperty(proto, KEY_PROPERTY, prior);
    else delete proto[KEY_PROPERTY];
  }
}

/** `wasm.enrichElement(el, options)` with the record key kept in `keys`. */
function callEnrich(wasm, el, options) {
  if (!takesKey(wasm)) return withKey(el, () => wasm.enrichElement(el, options));
  const had = keys.has(el);
  const key = had ? keys.get(el) : nextKey++;
  const n = wasm.enrichElement(el, options, key);
  if (!had && n > 0) keys.set(el, key);
  return n;
}

/** `wasm.unenrich(el)` for the record in `keys`; the key is dropped. */
function callUnenrich(wasm, el) {
  if (!keys.has(el)) return 0;
  try {
    return takesKey(wasm) ? wasm.unenrich(el, keys.get(el)) : withKey(el, () => wasm.unenrich(el));
  } finally {
    keys.delete(el);
  }
}

/**
 * Take the widget's own state (tooltip.js: the active and flash classes,
 * aria-describedby; markup.js arrangeMarks: tabindex="-1" and ae-again) off our spans under `el` for the length of a module
 * call, which recognises only exactly what it wrote; returns the function
 * that puts it back.
 */
function setAsideWidgetState(el) {
  const parked = [];
  for (const span of ourSpans(el)) {
    const classes = WIDGET_CLASSES.filter((c) => span.classList.contains(c));
    const described = span.getAttribute(DESCRIBED_BY);
    const tabOff = span.getAttribute('tabindex') === TAB_OFF;
    if (!classes.length && described === null && !tabOff) continue;
    span.classList.remove(...classes);
    span.removeAttribute(DESCRIBED_BY);
    if (tabOff) span.setAttribute('tabindex', '0');
    parked.push([span, classes, described, tabOff]);
  }
  return () => {
    for (const [span, classes, described, tabOff] of parked) {
      span.classList.add(...classes);
      if (described !== null) span.setAttribute(DESCRIBED_BY, described);
      if (tabOff && span.isConnected) span.setAttribute('tabindex', TAB_OFF);
    }
  };
}

/** Every text node under `el` with its text, and the spans with a data-ae-id there now. */
export function snapshot(el) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const texts = new Map();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.set(n, n.data);
  return { texts, spans: new Set(el.querySelectorAll(WITH_ID)), recorded: keys.has(el) };
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
  if (!snap.recorded) keys.delete(el);
}

/**
 * `wasm.enrichElement(el, options)`, guarded: on any failure `el` is restored
 * and the error rethrown; after a panic the module refuses further work.
 */
export function guardedEnrich(wasm, el, options) {
  if (broken.has(wasm)) {
    throw new Error('stopped after an internal error earlier on this page; reload the page to use it again');
  }
  const putBack = setAsideWidgetState(el);
  const snap = snapshot(el);
  try {
    return callEnrich(wasm, el, options);
  } catch (e) {
    const panicked = e instanceof WebAssembly.RuntimeError;
    if (!panicked && !snap.recorded && keys.has(el)) {
      // The module is sound: let it drop a record this call made. (With an
      // earlier run's record, unenrich would undo that run too, and restoring
      // this call's snapshot over it would then cut its text.)
      try {
        callUnenrich(wasm, el);
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
  } finally {
    putBack();
  }
}

/** `wasm.unenrich(el)`, refused after a panic (the page was restored then). */
export function guardedUnenrich(wasm, el) {
  if (broken.has(wasm)) return 0;
  // The module recognises only what it wrote: the widget's state is set
  // aside first (and put back on any span it leaves).
  const putBack = setAsideWidgetState(el);
  try {
    return callUnenrich(wasm, el);
  } finally {
    putBack();
  }
}
