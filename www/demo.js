// The demo page: enrich the sample article, list who said what, and enrich
// pasted text or HTML on request.
import { enrichElement, attachTooltips, sanitizeHtml, textToHtml, version, load } from './enrich.js';
import { createPanel } from './panel.js';

const $ = (id) => document.getElementById(id);

async function main() {
  const status = $('status');
  try {
    await load();
  } catch (e) {
    status.textContent = `Could not start: ${e.message}`;
    console.warn(`article-enrich: ${e.message}`);
    return;
  }
  $('version').textContent = version();
  const article = $('article');
  const t0 = performance.now();
  const changed = await enrichElement(article);
  const ms = performance.now() - t0;
  // For the end-to-end test's timing: when the article was enriched.
  document.documentElement.dataset.aeEnrichedAt = String(Math.round(performance.now()));
  attachTooltips(document);
  const spans = new Set([...article.querySelectorAll('[data-ae-id]')].map((s) => s.dataset.aeId)).size;
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
    out.innerHTML = looksLikeHtml ? sanitizeHtml(input) : textToHtml(input);
    const started = performance.now();
    const ok = await enrichElement(out);
    $('paste-status').textContent = ok ? `Enriched in ${(performance.now() - started).toFixed(0)} ms.` : 'Nothing to mark, or the input was left as it was (see the console).';
    panel.refresh();
  });
}

main();
