// Corpus check (needs ../shared): the in-place DOM path on every page of
// ../shared/corpus/pages, in Chromium. Pages are served from one local origin
// and our module from another (so the CORS headers are exercised too).
// For each page, in one synchronous task: snapshot the body, enrichElement,
// check the text content is unchanged, unenrich, check the DOM equals the
// snapshot. Fails on any error from our code. Prints counts and throughput.
//   node --test tests/e2e/corpus-pages.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { useCorpusBrowser, root } from './browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
const env = useCorpusBrowser(before, after, pagesDir);

test('the DOM path keeps every corpus page intact', async () => {
  const names = readdirSync(pagesDir).filter((n) => existsSync(path.join(pagesDir, n, 'source.html'))).sort();
  assert.ok(names.length >= 100, `found ${names.length} pages`);
  // Nothing leaves this machine: only our two local servers answer.
  const context = await env.newContext();
  const failures = [];
  const refused = [];
  let spans = 0;
  let chars = 0;
  let ms = 0;
  for (const name of names) {
    const page = await context.newPage();
    const ours = [];
    page.on('console', (m) => {
      if (/article-enrich/.test(m.text())) ours.push(m.text());
    });
    try {
      await page.goto(`${env.pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
      const r = await page.evaluate(async (moduleUrl) => {
        const body = document.body;
        if (!body) return { skipped: true };
        let m;
        try {
          m = await import(moduleUrl);
          await m.default();
        } catch (e) {
          // The page's Content-Security-Policy refuses our script or
          // WebAssembly: none of our code ran, so nothing was changed.
          return { refused: String(e && e.message ? e.message : e) };
        }
        // From here on everything is synchronous, so the page's own scripts
        // cannot run between the snapshot and the checks.
        const snapshot = body.cloneNode(true);
        const text = body.textContent;
        const t0 = performance.now();
        let n;
        try {
          n = m.enrichElement(body);
        } catch (e) {
          return { error: String(e && e.message ? e.message : e) };
        }
        const t1 = performance.now();
        const textSame = body.textContent === text;
        m.unenrich(body);
        return { n, textSame, equal: body.isEqualNode(snapshot), ms: t1 - t0, chars: text.length };
      }, `${env.ourServer.url}www/pkg/article_enrich.js`);
      if (r.skipped) continue;
      if (r.refused) {
        refused.push(name);
      } else if (r.error) failures.push(`${name}: ${r.error}`);
      else if (!r.textSame) failures.push(`${name}: text content changed`);
      else if (!r.equal) failures.push(`${name}: unenrich did not restore the DOM`);
      else {
        spans += r.n;
        chars += r.chars;
        ms += r.ms;
      }
      if (ours.length) failures.push(`${name}: console: ${ours.join(' | ')}`);
    } catch (e) {
      failures.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  console.log(`DOM path: ${names.length - failures.length}/${names.length} pages pass (${refused.length} refuse our module by CSP and stay untouched: ${refused.join(', ')}); ${spans} spans; ${(chars / 1e6).toFixed(1)} M characters of text enriched in ${ms.toFixed(0)} ms (${(chars / 1e3 / ms).toFixed(2)} M chars/s)`);
  assert.deepEqual(failures, []);
  await context.close();
});
