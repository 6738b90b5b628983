// loader.js for the two-file embed (npm/build-embed.mjs puts this module in
// place of www/loader.js when it bundles www/article-enrich.js): the glue is
// bundled in, the .wasm is the one file beside the bundle, found through
// import.meta.url, and enrich.css is inlined and adopted as a constructed
// stylesheet (which a Content-Security-Policy's style-src does not refuse),
// or a <style> element where adoptedStyleSheets is missing. The rest is
// www/loader.js's, word for word (the one console line, the error text).
import init, * as glue from '../../www/pkg/article_enrich.js';
import css from '../../www/enrich.css';
import { ATTR } from '../../www/markup.js';

/** The one console line: `article-enrich: …` (a warning, never an error). */
export function say(message) {
  console.warn(`article-enrich: ${message}`);
}

/** The readable part of anything thrown. */
export function reason(e) {
  return e && e.message ? e.message : String(e);
}

const WASM_URL = new URL('./article_enrich_bg.wasm', import.meta.url);

let loading = null;
let loaded = null;

/** As www/loader.js: initialise the module once; resolves to its exports. */
export function loadModule(wasmUrl) {
  loading ??= (async () => {
    await init({ module_or_path: wasmUrl || WASM_URL });
    loaded = glue;
    return glue;
  })().catch((e) => {
    loading = null;
    throw new Error(`could not load the WebAssembly module (${reason(e)}); a Content-Security-Policy without 'wasm-unsafe-eval' refuses it`);
  });
  return loading;
}

export function loadedModule() {
  return loaded;
}

/** The constructed stylesheet of each document it was added to. */
const sheets = new WeakMap();

/** Add the inlined enrich.css to `doc` once; returns the function that takes it off again. */
export function addStylesheet(doc = document) {
  const win = doc.defaultView;
  if ('adoptedStyleSheets' in doc && win && typeof win.CSSStyleSheet === 'function') {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(doc, sheet);
    }
    if (doc.adoptedStyleSheets.includes(sheet)) return () => {};
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  if (doc.querySelector(`style[${ATTR.owned}]`)) return () => {};
  const style = doc.createElement('style');
  style.setAttribute(ATTR.owned, '');
  style.textContent = css;
  doc.head.append(style);
  return () => style.remove();
}
