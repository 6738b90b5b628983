// The bookmarklet: enrich the article of the page it is clicked on; a second
// click removes the enrichment. It leaves no globals behind (state lives on a
// property of the enriched element), runs nothing until clicked, and on any
// failure leaves the page as it was with one console line saying why.
import { findSemantic, findArticleWith, findByScore } from './find-article.js';
import { guardedEnrich, guardedUnenrich } from './guard.js';

const here = new URL(import.meta.url);
const STATE = '__articleEnrichBookmarklet';

function say(m) {
  console.warn(`article-enrich: ${m}`);
}

/**
 * The page's article: semantic markup first; else Mozilla's Readability
 * (loaded only now, www/vendor/readability.js) mapped back to the live page;
 * else our own score.
 */
export async function locate(doc = document) {
  const semantic = findSemantic(doc);
  if (semantic) return semantic;
  try {
    const { default: Readability } = await import('./vendor/readability.js');
    const found = findArticleWith(Readability, doc);
    if (found) return found;
  } catch (e) {
    say(`Readability could not run (${e && e.message ? e.message : e}); using our own heuristic`);
  }
  return findByScore(doc);
}

export async function toggle(doc = document) {
  const on = doc.querySelector('[data-ae-bookmarklet]');
  if (on && on[STATE]) {
    on[STATE].off();
    return false;
  }
  const article = await locate(doc);
  if (!article) {
    say('no article found on this page; nothing was changed');
    return false;
  }
  let wasm;
  let ui;
  try {
    wasm = await import(new URL('./pkg/article_enrich.js', here).href);
    await wasm.default({ module_or_path: new URL('./pkg/article_enrich_bg.wasm', here) });
    ui = await Promise.all([import('./enrich.js'), import('./panel.js')]);
  } catch (e) {
    say(`page left unchanged: could not load (${e && e.message ? e.message : e}). A Content-Security-Policy without 'wasm-unsafe-eval' refuses WebAssembly.`);
    return false;
  }
  const [{ attachTooltips }, { createPanel }] = ui;
  const css = doc.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('./enrich.css', here).href;
  doc.head.append(css);
  try {
    guardedEnrich(wasm, article);
  } catch (e) {
    css.remove();
    say(`page left unchanged: ${e && e.message ? e.message : e}`);
    return false;
  }
  const detach = attachTooltips(doc);
  const panel = createPanel([article]);
  article.setAttribute('data-ae-bookmarklet', '');
  article[STATE] = {
    off() {
      guardedUnenrich(wasm, article);
      detach();
      panel.remove();
      css.remove();
      article.removeAttribute('data-ae-bookmarklet');
      delete article[STATE];
    },
  };
  return true;
}
