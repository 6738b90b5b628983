// The extension's content script, injected into the active tab when the
// toolbar button is clicked (background.js): the bookmarklet's work, on any
// page. The first click finds the article (the bookmarklet's `locate`),
// sends its HTML to the extension's background worker, which runs the
// WebAssembly module (a page's Content-Security-Policy applies to content
// scripts, so WebAssembly may be refused here, never there), puts the
// returned spans into the live article (apply.js), and adds the tooltips and
// the who-said-what panel; the next click takes it all off again. Each click
// ends with the bookmarklet's status box.
//
// Injected again on every click, into the extension's own isolated world
// (its globals are invisible to the page): the first copy keeps the state,
// later copies hand the click to it.
import { locate, notEnglish, marked, dress } from '../www/bookmarklet.js';
import { leftOut } from '../www/find-article.js';
import { say, reason } from '../www/loader.js';
import { ATTR, ourSpans } from '../www/markup.js';
import { showStatus } from '../www/status.js';
import { attachTooltips } from '../www/tooltip.js';
import { createPanel } from '../www/panel.js';
import { planMarks, applyMarks, removeMarks } from './apply.js';

const KEY = '__articleEnrichExtension';
const api = globalThis.browser ?? globalThis.chrome;

/** A message to the background worker; rejects with its error. */
async function ask(message) {
  const answer = await api.runtime.sendMessage(message);
  if (!answer || answer.error) throw new Error(answer ? answer.error : 'no answer from the extension');
  return answer;
}

/** The console line (when there is one) and the status box. */
function tell(line, reader) {
  if (line) say(line);
  showStatus(document, reader);
}

let state = null;
let busy = false;

async function enrichPage() {
  const doc = document;
  const article = await locate(doc);
  if (!article) return tell('no article found on this page; nothing was changed', 'No article found on this page');
  if (notEnglish(article)) return tell('the article is not in English; nothing was changed', 'Names are found in English text only');
  if (ourSpans(article).length) return tell('this article is marked already (by the page or the bookmarklet); nothing was changed', 'This article is marked already');
  // Captions, credits, bylines, share bars, related links: kept out with the
  // page's own switch, data-ae="off", set while the HTML is read only.
  const off = leftOut(article).filter((el) => !el.hasAttribute(ATTR.optOut));
  let html;
  try {
    off.forEach((el) => el.setAttribute(ATTR.optOut, 'off'));
    html = article.innerHTML;
  } finally {
    off.forEach((el) => el.removeAttribute(ATTR.optOut));
  }
  let enriched;
  try {
    enriched = (await ask({ type: 'enrich', html })).html;
  } catch (e) {
    return tell(`page left unchanged: ${reason(e)}`, 'Could not mark this article; the page is unchanged');
  }
  // An inert document: nothing in it loads or runs.
  const copy = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${enriched}</body></html>`, 'text/html');
  const plan = planMarks(article, copy.body);
  if (!plan) {
    return tell("page left unchanged: the article's markup did not survive the round trip through HTML (or it changed meanwhile)", 'This page’s markup could not be matched; the page is unchanged');
  }
  let record;
  try {
    record = applyMarks(plan);
    await ask({ type: 'css', on: true });
  } catch (e) {
    if (record) removeMarks(record);
    return tell(`page left unchanged: ${reason(e)}`, 'Could not mark this article; the page is unchanged');
  }
  // As the bookmarklet: calm marks, the theme, tooltips and the panel.
  const undress = dress(doc, article, { attachTooltips, createPanel });
  state = {
    async off() {
      undress();
      removeMarks(record);
      state = null;
      await ask({ type: 'css', on: false }).catch((e) => say(`the stylesheet stays until the page is reloaded (${reason(e)})`));
    },
  };
  ask({ type: 'badge', on: true }).catch(() => {});
  return tell('', `${marked(article)} · click again to remove`);
}

async function toggle() {
  if (busy) return;
  busy = true;
  try {
    if (state) {
      await state.off();
      ask({ type: 'badge', on: false }).catch(() => {});
      tell('', 'Marks removed');
    } else {
      await enrichPage();
    }
  } catch (e) {
    tell(`page left unchanged: ${reason(e)}`, 'Could not start here; the page is unchanged');
  } finally {
    busy = false;
  }
}

if (typeof globalThis[KEY] === 'function') globalThis[KEY]();
else {
  globalThis[KEY] = toggle;
  toggle();
}
