// The extension's background worker (a service worker in Chromium, an event
// page in Firefox). The toolbar button injects content.js into the active
// tab (activeTab grants the tab for that click; `scripting` is the API that
// injects it and the stylesheet); the content script then asks this worker
// to enrich the article's HTML. The WebAssembly module runs here, under the
// extension's own policy ('wasm-unsafe-eval' in the manifest), because a
// page's Content-Security-Policy also binds the content scripts on it. The
// module is the extension's own file: nothing is fetched from the network.
import init, { enrich, tryEnrich } from '../www/pkg/article_enrich.js';
import { enrichString } from '../www/strings.js';

const api = globalThis.browser ?? globalThis.chrome;
let loading = null;

/** Initialise the module once (again after a failure). */
function load() {
  loading ??= init({ module_or_path: api.runtime.getURL('article_enrich_bg.wasm') }).catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}

const message = (e) => (e && e.message ? e.message : String(e));

/**
 * The article's HTML with our spans. Where nothing was marked, `tryEnrich`
 * says whether a limit was the reason (it throws then).
 */
async function enrichHtml(html) {
  await load();
  const out = enrichString({ enrich }, html);
  if (out === html) tryEnrich(html);
  return out;
}

/**
 * Inject the content script, which toggles the enrichment of the tab.
 * Chromium now and then refuses the injection right after the click ("Cannot
 * access contents of the page") though the click granted the tab; a moment
 * later it is allowed (seen in about one press in fifteen, in headless
 * Chromium under load), so that refusal is tried again twice.
 */
async function toggleTab(tabId) {
  for (let attempt = 0; ; attempt++) {
    try {
      await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return;
    } catch (e) {
      if (attempt < 2 && /cannot access contents of the page/i.test(message(e))) {
        console.debug(`article-enrich: the tab was not ready (${message(e)}); trying again`);
        await new Promise((ok) => setTimeout(ok, 150 * (attempt + 1)));
        continue;
      }
      // A browser page, the extension store, a PDF: nothing to do there.
      console.warn(`article-enrich: cannot run on this page (${message(e)})`);
      return;
    }
  }
}

api.action.onClicked.addListener((tab) => toggleTab(tab.id));

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== api.runtime.id || !sender.tab) return false;
  const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
  let work;
  if (msg?.type === 'enrich' && typeof msg.html === 'string') work = enrichHtml(msg.html).then((html) => ({ html }));
  else if (msg?.type === 'css') work = api.scripting[msg.on ? 'insertCSS' : 'removeCSS']({ target, files: ['enrich.css'] }).then(() => ({ ok: true }));
  else if (msg?.type === 'badge') work = api.action.setBadgeText({ tabId: sender.tab.id, text: msg.on ? 'on' : '' }).then(() => ({ ok: true }));
  else return false;
  work.then(reply, (e) => reply({ error: message(e) }));
  return true;
});
