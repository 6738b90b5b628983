// Corpus check (needs ../shared): the bookmarklet on every page of
// ../shared/corpus/pages in Chromium, served locally with our code from a
// second origin. On each page: the article is found, spans appear only inside
// it, the page's timers keep running, none of our code logs an error, and a
// second click gives back the article exactly.
//
// Article detection is measured and printed for what the bookmarklet uses
// (bookmarklet.js locate: semantic markup, then Readability mapped back to the
// live page, then our score), for our own heuristic alone (findArticle:
// semantic markup, then our score) and for Mozilla's Readability's own text:
//   - on the 8 pages with gold article blocks (../shared/eval/quotes/gold): a
//     hit holds >= 80% of the gold blocks (a block is held when its first and
//     last 40 characters both are: pages put hidden captions and labels inside
//     paragraphs, which the gold text leaves out) and at most 2.5x their text
//     (script and style text not counted);
//   - on every page: how often the two agree (word-set overlap >= 0.6).
//   node --test tests/e2e/corpus-bookmarklet.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { useCorpusBrowser, root } from './browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
const goldDir = path.join(shared, 'eval', 'quotes', 'gold');
const env = useCorpusBrowser(before, after, pagesDir);

const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('the bookmarklet on every corpus page', async () => {
  const gold = new Map();
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8'));
    const m = /pages\/([^/]+)\/source\.html/.exec(g.source || '');
    if (m) gold.set(m[1], g.blocks);
  }
  const names = readdirSync(pagesDir).filter((n) => existsSync(path.join(pagesDir, n, 'source.html'))).sort();
  // Nothing leaves this machine: only our two local servers answer.
  const context = await env.newContext();
  const failures = [];
  const stats = { foreign: 0, found: 0, refused: 0, agree: 0, compared: 0, shippedHits: 0, oursHits: 0, readabilityHits: 0, goldPages: 0, ms: 0, enriched: 0 };
  const readabilityJs = readFileSync(path.join(root, 'www', 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
  for (const name of names) {
    const page = await context.newPage();
    const ours = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /article-enrich/.test(m.text())) ours.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (/article-enrich|find-article|bookmarklet/.test(String(e.stack || e))) ours.push(String(e));
    });
    try {
      await page.goto(`${env.pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
      const r = await page.evaluate(async ({ base, readabilityJs, goldBlocks }) => {
        // Only ASCII kept: a page served without its charset reads UTF-8
        // quotes as mojibake, which the gold text has not.
        const norm = (s) => s.replace(/[^\x20-\x7e\s]/g, '').replace(/\s+/g, ' ').trim();
        const words = (s) => new Set(norm(s).toLowerCase().split(' ').filter((w) => w.length > 2));
        const overlap = (a, b) => {
          const A = words(a);
          const B = words(b);
          let n = 0;
          for (const w of A) if (B.has(w)) n++;
          return n / Math.max(1, Math.max(A.size, B.size));
        };
        // The text a reader could see: script and style text left out.
        const visible = (el) => {
          const c = el.cloneNode(true);
          for (const x of c.querySelectorAll('script, style, noscript, template')) x.remove();
          return c.textContent;
        };
        const hit = (text) => {
          if (!goldBlocks) return null;
          const t = norm(text);
          const held = (b) => {
            const n = norm(b);
            return t.includes(n.slice(0, 40)) && t.includes(n.slice(-40));
          };
          const inside = goldBlocks.filter(held).length / goldBlocks.length;
          const goldLen = goldBlocks.reduce((n, b) => n + norm(b).length, 0);
          return inside >= 0.8 && t.length <= 2.5 * goldLen;
        };
        // Mozilla Readability on a copy of the page, for comparison.
        let readabilityText = '';
        try {
          const R = new Function(`${readabilityJs}; return Readability;`)();
          readabilityText = new R(document.cloneNode(true)).parse()?.textContent || '';
        } catch {
          readabilityText = '';
        }
        let bm;
        let find;
        try {
          bm = await import(`${base}www/bookmarklet.js`);
          find = await import(`${base}www/find-article.js`);
          const wasm = await import(`${base}www/pkg/article_enrich.js`);
          await wasm.default();
          await import(`${base}www/enrich.js`);
          await import(`${base}www/panel.js`);
        } catch (e) {
          return { refused: String(e && e.message ? e.message : e) };
        }
        const article = await bm.locate(document);
        const own = find.findArticle(document);
        const result = {
          found: !!article,
          shippedHit: article ? hit(visible(article)) : goldBlocks ? false : null,
          oursHit: own ? hit(visible(own)) : goldBlocks ? false : null,
          readabilityHit: hit(readabilityText),
          agree: article && readabilityText ? overlap(article.textContent, readabilityText) >= 0.6 : null,
        };
        if (!article) return result;
        window.__ticks = 0;
        const timer = setInterval(() => window.__ticks++, 10);
        const snapshot = article.cloneNode(true);
        const t0 = performance.now();
        const on = await bm.toggle(document);
        result.ms = performance.now() - t0;
        result.on = on;
        // An article declared in another language than English is left as it
        // is (the reader is told names are found in English text only).
        const lang = (article.closest('[lang]')?.getAttribute('lang') || '').trim().toLowerCase();
        result.foreign = lang !== '' && !/^en(-|$)/.test(lang);
        result.outside = [...document.querySelectorAll('[data-ae-id]')].filter((s) => !article.contains(s)).length;
        result.spans = article.querySelectorAll('[data-ae-id]').length;
        await bm.toggle(document);
        // The "Marks removed" message is ours and closes itself; where the
        // article is the body it sits in it until then.
        const status = document.querySelector('[data-ae-status]');
        if (status) status.querySelector('button').click();
        result.restored = article.isEqualNode(snapshot) && !document.querySelector('.ae-panel') && !document.querySelector('[data-ae-status]');
        await new Promise((r) => setTimeout(r, 60));
        result.ticking = window.__ticks > 0;
        clearInterval(timer);
        return result;
      }, { base: env.ourServer.url, readabilityJs, goldBlocks: gold.get(name) || null });
      if (r.refused) {
        stats.refused++;
      } else {
        if (r.found) stats.found++;
        if (r.agree !== null) {
          stats.compared++;
          if (r.agree) stats.agree++;
        }
        if (gold.has(name)) {
          stats.goldPages++;
          if (r.shippedHit) stats.shippedHits++;
          if (r.oursHit) stats.oursHits++;
          if (r.readabilityHit) stats.readabilityHits++;
        }
        if (r.found) {
          if (r.foreign) {
            stats.foreign++;
            if (r.on || r.spans) failures.push(`${name}: an article not in English was enriched`);
          } else if (!r.on) failures.push(`${name}: the bookmarklet did not enrich the article`);
          if (r.outside) failures.push(`${name}: ${r.outside} spans outside the article`);
          if (!r.restored) failures.push(`${name}: a second click did not restore the article`);
          if (!r.ticking) failures.push(`${name}: the page's timers stopped`);
          if (r.on) {
            stats.enriched++;
            stats.ms += r.ms;
          }
        }
      }
      if (ours.length) failures.push(`${name}: ${ours.join(' | ')}`);
    } catch (e) {
      failures.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  console.log(`bookmarklet: article found on ${stats.found}/${names.length} pages (${stats.refused} refuse our code by CSP), enriched and toggled off on ${stats.enriched}, ${stats.foreign} left alone as not in English, mean ${(stats.ms / Math.max(1, stats.enriched)).toFixed(0)} ms a page`);
  console.log(`article detection on the ${stats.goldPages} gold pages: the bookmarklet (semantic, then Readability mapped to the page, then ours) ${stats.shippedHits}/${stats.goldPages}; our heuristic alone ${stats.oursHits}/${stats.goldPages}; Readability's own text ${stats.readabilityHits}/${stats.goldPages}; the bookmarklet's article agrees with Readability's text on ${stats.agree}/${stats.compared} pages where both found one`);
  const gz = (f) => gzipSync(readFileSync(path.join(root, 'www', f))).length;
  console.log(`sizes gzipped: find-article.js ${gz('find-article.js')} bytes, vendor/readability.js ${gz('vendor/readability.js')} bytes (loaded only on pages without semantic markup)`);
  assert.deepEqual(failures, []);
  await context.close();
});
