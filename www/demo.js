// The demo page: enrich the sample article, list who said what, and enrich
// pasted text or HTML on request. The helpers for pasted input live here and
// in sanitize.js, not in the library: only the demo takes HTML from a text box.
import { enrichElement, attachTooltips, version, load } from './enrich.js';
import { createPanel } from './panel.js';
import { say } from './loader.js';
import { sanitizeHtml } from './sanitize.js';
import { ATTR, ourSpans, arrangeMarks } from './markup.js';
import { readOff, applyOff, currentOff, applyTheme } from './prefs.js';

/** Plain text to paragraphs of escaped HTML (blank lines, else line breaks). */
export function textToHtml(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return paras.map((p) => p.trim()).filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join('\n');
}

const $ = (id) => document.getElementById(id);

async function main() {
  const status = $('status');
  try {
    await load();
  } catch (e) {
    status.textContent = `Could not start: ${e.message}`;
    say(e.message);
    return;
  }
  $('version').textContent = version();
  const article = $('article');
  const t0 = performance.now();
  const changed = await enrichElement(article);
  const ms = performance.now() - t0;
  // For the end-to-end test's timing: when the article was enriched.
  document.documentElement.setAttribute(ATTR.enrichedAt, String(Math.round(performance.now())));
  applyOff(document, readOff());
  applyTheme(document, article);
  arrangeMarks([article], currentOff(document));
  attachTooltips(document, { within: () => [article, $('paste-output')] });
  const spans = new Set(ourSpans(article).map((s) => s.getAttribute(ATTR.id))).size;
  status.textContent = changed ? `Marked ${spans} mentions and quotes in ${ms.toFixed(0)} ms.` : 'Nothing to mark.';
  const panel = createPanel([article, $('paste-output')]);

  $('paste-go').addEventListener('click', async () => {
    const input = $('paste-input').value;
    const out = $('paste-output');
    if (!input.trim()) {
      $('paste-status').textContent = 'Paste something first.';
      return;
    }
    const looksLikeHtml = /<\/?[a-z][^>]*>/i.test(input);
    // Pasted HTML through DOMPurify (sanitize.js), inserted as nodes; text as escaped paragraphs.
    if (looksLikeHtml) out.replaceChildren(sanitizeHtml(input));
    else out.innerHTML = textToHtml(input);
    const started = performance.now();
    const ok = await enrichElement(out);
    $('paste-status').textContent = ok ? `Enriched in ${(performance.now() - started).toFixed(0)} ms.` : 'Nothing to mark, or the input was left as it was (see the console).';
    arrangeMarks([article, out], currentOff(document));
    panel.refresh();
  });
}

main();
