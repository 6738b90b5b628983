// Loading, shared by the public wrapper (enrich.js), the one-tag embed
// (article-enrich.js) and the bookmarklet: the WebAssembly module once per
// page, the stylesheet link once, and the one console line.
//
// Every URL is taken relative to this file, so the bookmarklet and the embed
// work when served from another origin than the page. The module is imported
// only when asked for: importing this file fetches nothing.
import { ATTR } from './markup.js';

const PKG_URL = new URL('./pkg/article_enrich.js', import.meta.url);
const WASM_URL = new URL('./pkg/article_enrich_bg.wasm', import.meta.url);
const CSS_URL = new URL('./enrich.css', import.meta.url);

let loading = null;
let loaded = null;

/** The one console line: `article-enrich: …` (a warning, never an error). */
export function say(message) {
  console.warn(`article-enrich: ${message}`);
}

/** The readable part of anything thrown. */
export function reason(e) {
  return e && e.message ? e.message : String(e);
}

/**
 * Import and initialise the WebAssembly module, once; later calls get the same
 * promise. Resolves to the module's exports; rejects with a readable Error
 * (and a later call tries again).
 */
export function loadModule(wasmUrl) {
  loading ??= (async () => {
    const mod = await import(PKG_URL.href);
    await mod.default({ module_or_path: wasmUrl || WASM_URL });
    loaded = mod;
    return mod;
  })().catch((e) => {
    loading = null;
    throw new Error(`could not load the WebAssembly module (${reason(e)}); a Content-Security-Policy without 'wasm-unsafe-eval' refuses it`);
  });
  return loading;
}

/** The module's exports once `loadModule` has resolved, else null. */
export function loadedModule() {
  return loaded;
}

/**
 * Link enrich.css into `doc` unless it is there already (ours, or the page's
 * own link to the same file). Returns a function that removes the link again
 * if this call added it.
 */
export function addStylesheet(doc = document) {
  const present = [...doc.querySelectorAll('link[rel~="stylesheet"]')].some((l) => l.hasAttribute(ATTR.owned) || l.href === CSS_URL.href);
  if (present) return () => {};
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = CSS_URL.href;
  link.setAttribute(ATTR.owned, '');
  doc.head.append(link);
  return () => link.remove();
}
