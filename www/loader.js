// Loading, shared by the public wrapper (enrich.js), the one-tag embed
// (article-enrich.js) and the bookmarklet: the WebAssembly module once per
// page (its start-up work spread over several tasks), the stylesheet link
// once, and the one console line.
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
    let mod;
    try {
      mod = await import(PKG_URL.href);
      await mod.default({ module_or_path: wasmUrl || WASM_URL });
    } catch (e) {
      throw new Error(`could not load the WebAssembly module (${reason(e)}); a Content-Security-Policy without 'wasm-unsafe-eval' refuses it`);
    }
    await warmUp(mod);
    loaded = mod;
    return mod;
  })().catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * The module's start-up work (unpacking its model, building its word tables,
 * a first run of every stage) a piece of a few milliseconds at a time, each
 * in its own task, so that loading never blocks the page for long; without
 * it the first enrichment would do all of it in one task.
 */
async function warmUp(mod) {
  if (typeof mod.warmUp !== 'function') return;
  try {
    while (!mod.warmUp()) await nextTask();
  } catch (e) {
    throw new Error(`the WebAssembly module failed while starting (${reason(e)})`);
  }
  // Then the in-place path once, on a detached paragraph of our own, so that
  // its walk, plan and span insertion are compiled now and not in the page's
  // first enrichment. warmUpElement, not enrichElement: the page's later
  // calls must not know its names or lose its ids. Optional: only a panic
  // (the module is broken) counts.
  if (typeof document === 'undefined' || typeof mod.warmUpElement !== 'function') return;
  await nextTask();
  try {
    const p = document.createElement('p');
    p.textContent = '\u201cNot yet,\u201d Tom Reed, the Irish minister, said in Dublin on Friday.';
    mod.warmUpElement(p);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw new Error(`the WebAssembly module failed while starting (${reason(e)})`);
  }
}

/** Let the page run: scheduler.yield() where there is one, else a message (no 4 ms timer clamp). */
function nextTask() {
  const s = globalThis.scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close(); // (an open port keeps Node running)
      resolve();
    };
    ch.port2.postMessage(null);
  });
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
