// One tag embeds article-enrich on a news site:
//
//   <script type="module" src="https://cdn.example/article-enrich.js"
//           data-selector="article" data-kinds="person,organization,place,quote"></script>
//
// Options, as data attributes of that tag, or as a JS object the site sets
// before the tag, `window.articleEnrichConfig = { selector, kinds, theme, panel,
// knowledge, css, api }` (its values win; `knowledge` may then be the map itself).
// That object is read only when it is a plain object (made with `{…}` or
// Object.create(null)): an element the page happens to give the id
// "articleEnrichConfig" (which the browser also exposes as
// window.articleEnrichConfig) is ignored, and so is any value of the wrong type.
//   data-selector   which elements to enrich (default "article, [itemprop=articleBody], main")
//   data-kinds      kinds to mark (default: all but "other", plus quotes)
//   data-theme      "auto" (default: from the page's own background under the
//                   article, not the OS setting), "light" or "dark"
//   data-panel      "on" to add the who-said-what panel, "off" (default)
//   data-knowledge  CSS selector of a <script type="application/json"> holding
//                   { "Entity name": { "description": "…", "url": "https://…" } }
//   data-css        "off" to skip loading enrich.css (the site styles it itself)
//   data-api        "off" to leave no global at all; otherwise window.articleEnrich
//                   = { enrich(el), unenrich(el), destroy() }, unless the page
//                   has a window.articleEnrich of its own: that is never
//                   replaced (the API stays off, and the console says so)
//
// The WebAssembly module loads after the page's own content (on load, when the
// browser is idle). Content added later is enriched when it appears: text
// added inside an enriched part ("read more") and new elements matching the
// selector anywhere (infinite scroll's next <article>); the panel, "Next
// mention" and the Tab order go through every part. destroy() takes it all
// off again, the stylesheet link included. If anything fails (a Content-Security-Policy
// without 'wasm-unsafe-eval', an old browser, a network error) the page is
// left untouched and one console line says why.

import { guardedEnrich, guardedEnrichInSlices, guardedUnenrich } from './guard.js';
import { loadModule, addStylesheet, say, reason } from './loader.js';
import { CLASS, closestOurSpan, arrangeMarks } from './markup.js';
import { readOff, applyOff, currentOff, applyTheme, DEFAULT_OFF } from './prefs.js';

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
/** Notes for the one console line, about the page's config and globals. */
const notes = [];

/** A plain object (`{…}` or Object.create(null)), not an element, a collection or a class instance. */
const isPlainObject = (v) => v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v));
const isFlag = (v) => typeof v === 'boolean' || v === 'on' || v === 'off';
const flag = (v) => v === true || v === 'on';

/** Which values each config field takes; a flag is true, false, "on" or "off". */
const CONFIG_TYPES = {
  selector: (v) => typeof v === 'string',
  kinds: (v) => typeof v === 'string' || (Array.isArray(v) && v.every((k) => typeof k === 'string')),
  theme: (v) => v === 'auto' || v === 'light' || v === 'dark',
  panel: isFlag,
  knowledge: (v) => typeof v === 'string' || isPlainObject(v),
  css: isFlag,
  api: isFlag,
};

/** Read `window.articleEnrichConfig` over `options`: a plain object's fields of the right type only. */
function readConfig(config) {
  if (config === undefined) return;
  if (!isPlainObject(config)) {
    notes.push('window.articleEnrichConfig is not a plain object (an element with that id?); ignored');
    return;
  }
  const ignored = [];
  for (const key of Object.keys(options)) {
    const v = Object.hasOwn(config, key) ? config[key] : undefined;
    if (v === undefined) continue;
    if (!CONFIG_TYPES[key](v)) {
      ignored.push(key);
      continue;
    }
    options[key] = ['panel', 'css', 'api'].includes(key) ? flag(v) : v;
  }
  if (ignored.length) notes.push(`window.articleEnrichConfig: ${ignored.join(', ')} ignored (wrong type)`);
}
readConfig(window.articleEnrichConfig);

let wasm = null;
let detachTooltips = null;
let panel = null;
let observer = null;
let removeTheme = () => {};
let removeCss = () => {};
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

/**
 * The first enrichment of the page, in slices that yield to it (no long
 * task while the reader starts reading). Later ones (`enrichOne`, from the
 * observer and the API) are synchronous: the observer is off for their
 * length, so that our own changes do not wake it.
 */
async function enrichInSlices(el) {
  const opts = options.kinds ? { kinds: options.kinds } : undefined;
  try {
    await guardedEnrichInSlices(wasm, el, opts);
    enriched.add(el);
  } catch (e) {
    say(`left ${el.tagName.toLowerCase()} unchanged: ${reason(e)}`);
  }
}

const WATCH = { childList: true, subtree: true, characterData: true };
/** The enriched parts, in document order. */
const parts = () => [...enriched].filter((el) => el.isConnected).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
const inside = (el) => [...enriched].some((r) => r.contains(el));

/** Run `fn` without our own DOM changes waking the observer. */
function quietly(fn) {
  if (observer) observer.disconnect();
  try {
    fn();
    // One Tab stop per entity and per quote, over every enriched part.
    arrangeMarks(parts(), currentOff(document));
  } finally {
    if (observer) observer.observe(document.body, WATCH);
  }
}

/**
 * Watch the page for content that arrives later: text added inside an
 * enriched part ("read more"), and new elements matching the selector
 * elsewhere (infinite scroll appends the next <article>).
 */
function watch() {
  let pending = new Set();
  let scheduled = false;
  const ours = (el) => el.closest(`.${CLASS.tooltip}, .${CLASS.panel}, [data-ae-status]`);
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
        if (!el || closestOurSpan(el) || ours(el)) continue;
        if (inside(el)) pending.add(el);
        else if (n.nodeType === Node.ELEMENT_NODE) {
          for (const t of el.matches(options.selector) ? [el] : el.querySelectorAll(options.selector)) pending.add(t);
        }
      }
      if (r.type === 'characterData' && r.target.parentElement && !closestOurSpan(r.target) && inside(r.target)) {
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
  observer.observe(document.body, WATCH);
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
  applyOff(document, []);
  removeTheme();
  removeCss();
  if (options.api && window.articleEnrich === api) delete window.articleEnrich;
}

const api = {
  enrich(el) {
    if (!wasm) throw new Error('article-enrich is not loaded yet');
    quietly(() => enrichOne(el));
    if (panel) panel.refresh();
  },
  unenrich(el) {
    if (!wasm) return;
    quietly(() => {
      guardedUnenrich(wasm, el);
      enriched.delete(el);
    });
    if (panel) panel.refresh();
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
  if (options.css) removeCss = addStylesheet(document);
  // The widget's own code loads only now, after the page's content.
  const [{ attachTooltips }, { createPanel }] = await Promise.all([import('./tooltip.js'), import('./panel.js')]);
  // The theme of the page under the article (or the site's data-theme).
  removeTheme = applyTheme(document, targets[0], options.theme);
  // Calm by default: dates and figures found but not shown, unless the site
  // chose the kinds (data-kinds) or the reader turned them on here (the
  // panel's legend, remembered for the site).
  applyOff(document, readOff(window, options.kinds ? [] : DEFAULT_OFF));
  // (No observer yet: it starts below, once these are done.)
  for (const el of targets) await enrichInSlices(el);
  arrangeMarks(parts(), currentOff(document));
  // Tooltips only inside what was enriched: a look-alike span in a comment
  // elsewhere on the page gets none.
  detachTooltips = attachTooltips(document, { knowledge: readKnowledge(), within: parts });
  // The panel reads every enriched part of the page, also those enriched
  // later through the API.
  if (options.panel) panel = createPanel(parts);
  watch();
  if (options.api) {
    // Never replace what the page has under that name (its own object, or an
    // element with id="articleEnrich").
    if (window.articleEnrich !== undefined) notes.push('window.articleEnrich is the page\'s own; it was left alone and the API is off');
    else window.articleEnrich = api;
  }
  if (notes.length) say(notes.join('; '));
}

function whenIdle(fn) {
  const go = () => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 1));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

whenIdle(() => {
  start().catch((e) => say(`page left unchanged: ${reason(e)}`));
});
