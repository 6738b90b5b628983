// The bookmarklet: enrich the article of the page it is clicked on; a second
// click removes the enrichment. It leaves no globals behind (state lives on a
// property of the enriched element), runs nothing until clicked, and on any
// failure leaves the page as it was with one console line saying why.
import { findSemantic, findArticleWith, findByScore, tighten, leftOut } from './find-article.js';
import { guardedEnrich, guardedUnenrich } from './guard.js';
import { loadModule, addStylesheet, say, reason } from './loader.js';
import { ATTR } from './markup.js';

/** The property of the enriched article that holds the bookmarklet's state (no globals). */
const STATE = '__articleEnrichBookmarklet';

/**
 * The page's article: semantic markup first; else Mozilla's Readability
 * (loaded only now, www/vendor/readability.js) mapped back to the live page;
 * else our own score. Then the tightest element in it that holds nearly all
 * its prose (find-article.js tighten): a <main> also holds the headline
 * block, related links and more.
 */
export async function locate(doc = document) {
  const found = await container(doc);
  return found && tighten(found);
}

async function container(doc) {
  const semantic = findSemantic(doc);
  if (semantic) return semantic;
  try {
    const { default: Readability } = await import('./vendor/readability.js');
    const found = findArticleWith(Readability, doc);
    if (found) return found;
  } catch (e) {
    say(`Readability could not run (${reason(e)}); using our own heuristic`);
  }
  return findByScore(doc);
}

export async function toggle(doc = document) {
  const on = doc.querySelector(`[${ATTR.bookmarklet}]`);
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
    wasm = await loadModule();
    ui = await Promise.all([import('./tooltip.js'), import('./panel.js')]);
  } catch (e) {
    say(`page left unchanged: ${reason(e)}`);
    return false;
  }
  const [{ attachTooltips }, { createPanel }] = ui;
  const removeCss = addStylesheet(doc);
  // Captions, credits, bylines, share bars, related links: kept out with the
  // page's own switch, data-ae="off", set for the length of the call only.
  const off = leftOut(article).filter((el) => !el.hasAttribute(ATTR.optOut));
  try {
    off.forEach((el) => el.setAttribute(ATTR.optOut, 'off'));
    guardedEnrich(wasm, article);
  } catch (e) {
    removeCss();
    say(`page left unchanged: ${reason(e)}`);
    return false;
  } finally {
    off.forEach((el) => el.removeAttribute(ATTR.optOut));
  }
  const detach = attachTooltips(doc, { within: () => [article] });
  const panel = createPanel([article]);
  article.setAttribute(ATTR.bookmarklet, '');
  article[STATE] = {
    off() {
      guardedUnenrich(wasm, article);
      detach();
      panel.remove();
      removeCss();
      article.removeAttribute(ATTR.bookmarklet);
      delete article[STATE];
    },
  };
  return true;
}
