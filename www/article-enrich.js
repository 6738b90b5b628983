// One tag embeds article-enrich on a news site:
//
//   <script type="module" src="https://cdn.example/article-enrich.js"
//           data-selector="article" data-kinds="person,organization,place,quote"></script>
//
// Options, as data attributes of that tag, or as a JS object the site sets
// before the tag, `window.articleEnrichConfig = { selector, kinds, theme, panel,
// knowledge, css, api }` (its values win; `knowledge` may then be the map itself):
//   data-selector   which elements to enrich (default "article, [itemprop=articleBody], main")
//   data-kinds      kinds to mark (default: all but "other", plus quotes)
//   data-theme      "auto" (default, follows prefers-color-scheme), "light" or "dark"
//   data-panel      "on" to add the who-said-what panel, "off" (default)
//   data-knowledge  CSS selector of a <script type="application/json"> holding
//                   { "Entity name": { "description": "…", "url": "https://…" } }
//   data-css        "off" to skip loading enrich.css (the site styles it itself)
//   data-api        "off" to leave no global at all; otherwise window.articleEnrich
//                   = { enrich(el), unenrich(el), destroy() }
//
// The WebAssembly module loads after the page's own content (on load, when the
// browser is idle). Content added later (infinite scroll, "read more") is
// enriched when it appears. If anything fails (a Content-Security-Policy
// without 'wasm-unsafe-eval', an old browser, a network error) the page is
// left untouched and one console line says why.

import { guardedEnrich, guardedUnenrich } from './guard.js';
import { loadModule, addStylesheet, say, reason } from './loader.js';
import { ATTR, closestOurSpan } from './markup.js';

const here = new URL(import.meta.url);
const tag = [...document.querySelectorAll('script[src]')].find((s) => s.src === here.href);
const data = (name, fallback) => (tag && tag.dataset[name] !== undefined ? tag.dataset[name] : fallback);

const options = {
  selector: data('selector', 'article, [itemprop=articleBody], main'),
  kinds: data('kinds', undefined),
  theme: data('theme', 'auto'),
  panel: data('panel', 'off') === 'on',
  knowledge: data('knowledge', ''),
  css: data('css', 'on') !== 'off',
  api: data('api', 'on') !== 'off',
};
const config = window.articleEnrichConfig;
if (config && typeof config === 'object') {
  for (const key of Object.keys(options)) {
    if (config[key] !== undefined) options[key] = config[key];
  }
}

let wasm = null;
let detachTooltips = null;
let panel = null;
let observer = null;
const enriched = new Set();

function readKnowledge() {
  if (options.knowledge && typeof options.knowledge === 'object') return options.knowledge;
  if (!options.knowledge) return null;
  const el = document.querySelector(options.knowledge);
  if (!el) return null;
  try {
    return JSON.parse(el.textContent);
  } catch (e) {
    say(`the knowledge map ${options.knowledge} is not valid JSON (${e.message}); ignored`);
    return null;
  }
}

function enrichOne(el) {
  const opts = options.kinds ? { kinds: options.kinds } : undefined;
  try {
    guardedEnrich(wasm, el, opts);
    enriched.add(el);
  } catch (e) {
    say(`left ${el.tagName.toLowerCase()} unchanged: ${reason(e)}`);
  }
}

/** Run `fn` without our own DOM changes waking the observer. */
function quietly(fn) {
  if (observer) observer.disconnect();
  try {
    fn();
  } finally {
    if (observer) {
      for (const el of enriched) observer.observe(el, { childList: true, subtree: true, characterData: true });
    }
  }
}

function watch() {
  let pending = new Set();
  let scheduled = false;
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
        if (el && !closestOurSpan(el)) pending.add(el);
      }
      if (r.type === 'characterData' && r.target.parentElement && !closestOurSpan(r.target)) {
        pending.add(r.target.parentElement);
      }
    }
    if (!scheduled && pending.size) {
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        const batch = [...pending].filter((el) => el.isConnected);
        pending = new Set();
        // Outermost first; an element inside another of the batch is covered by it.
        const roots = batch.filter((el) => !batch.some((o) => o !== el && o.contains(el)));
        quietly(() => roots.forEach(enrichOne));
        if (panel) panel.refresh();
      }, 50);
    }
  });
  for (const el of enriched) observer.observe(el, { childList: true, subtree: true, characterData: true });
}

function destroy() {
  if (observer) observer.disconnect();
  observer = null;
  for (const el of enriched) {
    try {
      guardedUnenrich(wasm, el);
    } catch {
      /* already gone */
    }
  }
  enriched.clear();
  if (detachTooltips) detachTooltips();
  if (panel) panel.remove();
  panel = null;
  if (options.api && window.articleEnrich === api) delete window.articleEnrich;
}

const api = {
  enrich(el) {
    if (!wasm) throw new Error('article-enrich is not loaded yet');
    quietly(() => enrichOne(el));
  },
  unenrich(el) {
    if (!wasm) return;
    quietly(() => {
      guardedUnenrich(wasm, el);
      enriched.delete(el);
    });
  },
  destroy,
};

async function start() {
  const targets = [...document.querySelectorAll(options.selector)].filter((el, _, all) => !all.some((o) => o !== el && o.contains(el)));
  if (!targets.length) return; // nothing to do on this page
  try {
    wasm = await loadModule();
  } catch (e) {
    say(`page left unchanged: ${reason(e)}`);
    return;
  }
  if (options.css) addStylesheet(document);
  // The widget's own code loads only now, after the page's content.
  const [{ attachTooltips }, { createPanel }] = await Promise.all([import('./tooltip.js'), import('./panel.js')]);
  if (options.theme !== 'auto') document.documentElement.setAttribute(ATTR.theme, options.theme);
  quietly(() => targets.forEach(enrichOne));
  detachTooltips = attachTooltips(document, { knowledge: readKnowledge() });
  if (options.panel) panel = createPanel(targets);
  watch();
  if (options.api) window.articleEnrich = api;
}

function whenIdle(fn) {
  const go = () => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 1));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

whenIdle(() => {
  start().catch((e) => say(`page left unchanged: ${reason(e)}`));
});
