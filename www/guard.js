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
// Nothing is kept on the page's elements: the module keeps its records in a
// WeakMap keyed by the element (src/wasm/dom.js), and which elements have one
// is kept here the same way (`recorded`), so a frozen, sealed or
// non-extensible element is undone like any other.
//
// `guardedEnrich` is the synchronous form (one task, for callers that need
// the spans at once); `guardedEnrichInSlices` reads and analyses the element
// in one task, then lets the module insert the spans in slices, yielding to
// the page between them; `guardedEnrichInWorker` reads the element in one
// task and has the plan made off the main thread (planner.js).
import { ATTR, DESCRIBED_BY, WIDGET_CLASSES, TAB_OFF, ourSpans } from './markup.js';

const broken = new WeakSet();
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const WITH_ID = `span[${ATTR.id}]`;

/** The elements the module holds a record of (enriched and not yet undone). */
const recorded = new WeakSet();

/** `wasm.unenrich(el)` for an element with a record; the record is dropped. */
function callUnenrich(wasm, el) {
  if (!recorded.has(el)) return 0;
  try {
    return wasm.unenrich(el);
  } finally {
    recorded.delete(el);
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
  return { texts, spans: new Set(el.querySelectorAll(WITH_ID)), recorded: recorded.has(el) };
}

/** Put `el` back as `snapshot(el)` saw it. */
export function restore(el, snap) {
  for (const span of el.querySelectorAll(WITH_ID)) if (!snap.spans.has(span)) span.replaceWith(...span.childNodes);
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const extra = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!snap.texts.has(n)) extra.push(n);
  for (const n of extra) n.remove();
  for (const [node, data] of snap.texts) if (node.data !== data) node.data = data;
  // An earlier run's record stays, with its spans.
  if (!snap.recorded) recorded.delete(el);
}

/** A failed call: `el` as `snap` saw it, and after a panic the module refused from then on. */
function failed(wasm, el, snap, e) {
  restore(el, snap);
  if (e instanceof WebAssembly.RuntimeError) {
    broken.add(wasm);
    return new Error(`internal error (${e.message}); the page was restored`);
  }
  return e;
}

function refuseBroken(wasm) {
  if (broken.has(wasm)) {
    throw new Error('stopped after an internal error earlier on this page; reload the page to use it again');
  }
}

/**
 * `wasm.enrichElement(el, options)`, guarded: on any failure `el` is restored
 * and the error rethrown; after a panic the module refuses further work.
 * The module records its changes only when the call succeeds, so a failed
 * call leaves no record to drop.
 */
export function guardedEnrich(wasm, el, options) {
  refuseBroken(wasm);
  const putBack = setAsideWidgetState(el);
  const snap = snapshot(el);
  try {
    const n = wasm.enrichElement(el, options);
    if (n > 0) recorded.add(el);
    return n;
  } catch (e) {
    throw failed(wasm, el, snap, e);
  } finally {
    putBack();
  }
}

/**
 * `wasm.enrichElementInSlices(el, options)`, guarded: resolves to the number
 * of spans. A failure while the element is read and analysed (the first,
 * synchronous part) is handled as in `guardedEnrich`; a slice that fails has
 * its run's spans taken out by the module, and the page's own changes made
 * meanwhile stay. A module without the sliced form is called as
 * `guardedEnrich`.
 */
export async function guardedEnrichInSlices(wasm, el, options, sliceMs) {
  if (typeof wasm.enrichElementInSlices !== 'function') return guardedEnrich(wasm, el, options);
  return guardedRun(wasm, el, () => wasm.enrichElementInSlices(el, options, sliceMs));
}

/**
 * `wasm.enrichElementWith(el, options, planner)`, guarded: the element is
 * read now (a failure there is handled as in `guardedEnrich`), the plan is
 * made by `planner` (planner.js: the module in a Web Worker), and the spans
 * go in as `guardedEnrichInSlices` inserts them. A planner that fails leaves
 * the element as it was; one that reports a panic stops the module here too.
 */
export async function guardedEnrichInWorker(wasm, planner, el, options, sliceMs) {
  return guardedRun(wasm, el, () => wasm.enrichElementWith(el, options, planner, sliceMs));
}

/**
 * The guard of both: `start()` reads the element (and, in slices, analyses
 * it) now and returns the promise of the run that inserts the spans later.
 */
async function guardedRun(wasm, el, start) {
  refuseBroken(wasm);
  const putBack = setAsideWidgetState(el);
  const snap = snapshot(el);
  let run;
  try {
    run = start();
  } catch (e) {
    throw failed(wasm, el, snap, e);
  } finally {
    // The element has been read: the widget's state can go back now.
    putBack();
  }
  // A run that has inserted spans holds a record from its first slice on.
  recorded.add(el);
  try {
    return await run;
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) broken.add(wasm);
    throw e instanceof WebAssembly.RuntimeError ? new Error(`internal error (${e.message}); this run's spans were taken out`) : e;
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
