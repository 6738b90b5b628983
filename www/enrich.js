// article-enrich in the browser, the public wrapper: load the WebAssembly
// module, enrich an element in place, and show accessible tooltips for the
// spans it inserts.
//
//   import { enrichElement, enrichHtml, attachTooltips } from './enrich.js';
//   await enrichElement(document.querySelector('article'));
//   const html = await enrichHtml(source);   // the string path
//   attachTooltips(document, { knowledge });   // knowledge: optional, see tooltip.js
//
// The work is done in loader.js (the module, once), guard.js (the element
// comes back as it was on any failure), tooltip.js and markup.js.
import { loadModule, loadedModule, say, reason } from './loader.js';
import { guardedEnrichInSlices, guardedUnenrich } from './guard.js';
import { enrichString } from './strings.js';

export { attachTooltips } from './tooltip.js';

/**
 * Load the WebAssembly module once (optionally from `wasmUrl`), its start-up
 * work spread over several tasks (see loader.js). Rejects with a readable Error.
 */
export const load = loadModule;

/**
 * Enrich `el` in place: only its text nodes are split and wrapped, so event
 * listeners, iframes, media and the selection survive. The element is read
 * and analysed in one task, and the spans inserted in slices that yield to
 * the page (no long task); a text node the page changes meanwhile is left
 * alone. On any failure the element is restored and one console line says
 * why. Resolves to true when spans were added.
 */
export async function enrichElement(el, options) {
  try {
    // Invalid options, limits, or a panic inside WebAssembly: the guard puts
    // the element back as it was.
    return (await guardedEnrichInSlices(await loadModule(), el, options)) > 0;
  } catch (e) {
    say(`page left unchanged: ${reason(e)}`);
    return false;
  }
}

/**
 * Enrich an HTML string: the input with spans added, and exactly the input
 * (the same string, lone surrogates included) when nothing is marked or a
 * limit is reached. Invalid options reject.
 */
export async function enrichHtml(html, options) {
  return enrichString(await loadModule(), html, options);
}

/** Undo `enrichElement`: the original text nodes come back, node for node. */
export async function unenrichElement(el) {
  return guardedUnenrich(await loadModule(), el);
}

/** The library's version; the module must be loaded (`load()` or `enrichElement`) first. */
export function version() {
  const mod = loadedModule();
  if (!mod) throw new Error('article-enrich: version() needs the module loaded first (await load())');
  return mod.version();
}
