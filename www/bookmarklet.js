// The bookmarklet: enrich the article of the page it is clicked on; a second
// click removes the enrichment. It leaves no globals behind (state lives on a
// property of the enriched element), runs nothing until clicked, and on any
// failure leaves the page as it was with one console line saying why. Each
// click ends with a short message for the reader (status.js): what was
// marked, or why nothing was (no article, an article not in English, a
// Content-Security-Policy that refuses WebAssembly).
import { findSemantic, findArticleWith, findByScore, tighten, leftOut } from './find-article.js';
import { guardedEnrich, guardedEnrichInWorker, guardedUnenrich } from './guard.js';
import { loadModule, addStylesheet, say, reason } from './loader.js';
import { startPlanner, stopPlanner } from './planner.js';
import { ATTR, QUOTE, ourSpans, arrangeMarks } from './markup.js';
import { readOff, applyOff, applyTheme } from './prefs.js';

/**
 * Show the marks of an enriched article as the bookmarklet does (and the
 * extension, which shares it): calm by default, dates and figures hidden
 * unless the reader chose otherwise on this site; the page's theme; the
 * tooltips and the panel, from the `ui` modules the caller loaded (the
 * bookmarklet loads tooltip.js and panel.js only when clicked). Returns the
 * function that takes all that off again (the marks themselves stay:
 * unwrapping them is the caller's).
 */
export function dress(doc, article, { attachTooltips, createPanel }) {
  const hidden = readOff(doc.defaultView);
  applyOff(doc, hidden);
  arrangeMarks([article], hidden);
  const removeTheme = applyTheme(doc, article);
  const detach = attachTooltips(doc, { within: () => [article] });
  const panel = createPanel([article]);
  article.setAttribute(ATTR.bookmarklet, '');
  return () => {
    detach();
    panel.remove();
    applyOff(doc, []);
    removeTheme();
    article.removeAttribute(ATTR.bookmarklet);
  };
}

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

/** Is the article's language (its lang, else the page's) declared and not English? */
export function notEnglish(article) {
  const lang = (article.closest('[lang]')?.getAttribute('lang') || '').trim().toLowerCase();
  return lang !== '' && !/^en(-|$)/.test(lang);
}

/** Did the page's Content-Security-Policy refuse the module? */
const refusedByPolicy = (e) => /content.security.policy|refused to|unsafe-eval/i.test(reason(e));

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "Marked 34 names and 12 quotes": distinct mentions of names, and quotes, under `article`. */
export function marked(article) {
  const names = new Set();
  const quotes = new Set();
  for (const s of ourSpans(article)) {
    const kind = s.getAttribute(ATTR.kind);
    const id = s.getAttribute(ATTR.id);
    if (kind === QUOTE) quotes.add(id);
    else if (kind !== 'date' && kind !== 'number') names.add(id);
  }
  return `Marked ${plural(names.size, 'name', 'names')} and ${plural(quotes.size, 'quote', 'quotes')}`;
}

/** `say` in the console, and the same news for the reader, in the status box. */
function tell(doc, showStatus, line, reader) {
  if (line) say(line);
  if (showStatus) showStatus(doc, reader);
}

export async function toggle(doc = document) {
  let showStatus = null;
  try {
    ({ showStatus } = await import('./status.js'));
  } catch {
    /* the console line still says why */
  }
  const on = doc.querySelector(`[${ATTR.bookmarklet}]`);
  if (on && on[STATE]) {
    on[STATE].off();
    tell(doc, showStatus, '', 'Marks removed');
    return false;
  }
  const article = await locate(doc);
  if (!article) {
    tell(doc, showStatus, 'no article found on this page; nothing was changed', 'No article found on this page');
    return false;
  }
  if (notEnglish(article)) {
    tell(doc, showStatus, 'the article is not in English; nothing was changed', 'Names are found in English text only');
    return false;
  }
  if (busy.has(doc)) {
    tell(doc, showStatus, '', 'Still marking this article');
    return false;
  }
  busy.add(doc);
  try {
    return await mark(doc, article, showStatus);
  } finally {
    busy.delete(doc);
  }
}

/** The documents a click is marking now (a second click meanwhile is refused with a message). */
const busy = new WeakSet();

async function mark(doc, article, showStatus) {
  let wasm;
  let ui;
  let planner;
  try {
    // The analysis runs in a worker where one can (no long task on the
    // page, however long the article); else here, as one task.
    [wasm, planner] = await Promise.all([loadModule(), startPlanner()]);
    ui = await Promise.all([import('./tooltip.js'), import('./panel.js')]);
  } catch (e) {
    tell(doc, showStatus, `page left unchanged: ${reason(e)}`, refusedByPolicy(e) ? 'This page does not allow it' : 'Could not start here; the page is unchanged');
    return false;
  }
  const [{ attachTooltips }, { createPanel }] = ui;
  const removeCss = addStylesheet(doc);
  // Captions, credits, bylines, share bars, related links: kept out with the
  // page's own switch, data-ae="off", set for the length of the call only.
  const off = leftOut(article).filter((el) => !el.hasAttribute(ATTR.optOut));
  try {
    off.forEach((el) => el.setAttribute(ATTR.optOut, 'off'));
    // The element is read before the call returns: the switches come off
    // at once, while the worker plans.
    const run = planner ? guardedEnrichInWorker(wasm, planner, article) : guardedEnrich(wasm, article);
    off.forEach((el) => el.removeAttribute(ATTR.optOut));
    await run;
  } catch (e) {
    removeCss();
    tell(doc, showStatus, `page left unchanged: ${reason(e)}`, 'Could not mark this article; the page is unchanged');
    return false;
  } finally {
    off.forEach((el) => el.removeAttribute(ATTR.optOut));
  }
  const undress = dress(doc, article, { attachTooltips, createPanel });
  article[STATE] = {
    off() {
      guardedUnenrich(wasm, article);
      stopPlanner();
      undress();
      removeCss();
      delete article[STATE];
    },
  };
  tell(doc, showStatus, '', `${marked(article)} · click again to remove`);
  return true;
}
