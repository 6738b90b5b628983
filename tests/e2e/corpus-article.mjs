// Corpus check (needs ../shared): on the 8 pages with gold article text
// (../shared/eval/quotes/gold), does the bookmarklet enrich the article and
// only the article? For each page, in Chromium, the bookmarklet is clicked and
// measured:
//   - the container: a hit holds >= 80% of the gold blocks (a block is held
//     when its first and last 40 characters both are) and at most 1.25x
//     their text, script and style left out (tight: corpus-bookmarklet.mjs
//     allows 2.5x, and a <main> with the headline block, the byline and
//     related links comes to 1.3-1.5x);
//   - the marks: a mention or quote is outside the gold text when the words
//     round it (its text and up to 20 characters either side, within its
//     block) are not in the gold blocks: a caption, a credit, a byline, a
//     related link, a share bar.
// Prints one line a page and the totals; fails below 7/8 tight hits or above
// 5% of the marks outside the gold text.
//   node --test tests/e2e/corpus-article.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { useCorpusBrowser, root } from './browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
const goldDir = path.join(shared, 'eval', 'quotes', 'gold');
const env = useCorpusBrowser(before, after, pagesDir);

/** Runs in the page: click the bookmarklet, measure, click again. */
async function measure({ base, goldBlocks }) {
  // Whitespace collapsed and only ASCII kept: a page served without its
  // charset reads UTF-8 quotes as mojibake (â€™), which the gold text has not.
  const norm = (s) => s.replace(/[^\x20-\x7e\s]/g, '').replace(/\s+/g, ' ').trim();
  const goldText = goldBlocks.map(norm).join('\n');
  const goldLen = goldBlocks.reduce((n, b) => n + norm(b).length, 0);
  const bm = await import(`${base}www/bookmarklet.js`);
  const article = await bm.locate(document);
  if (!article) return { found: false };
  // The text a reader could see: no script or style text.
  const visible = (el) => {
    const c = el.cloneNode(true);
    for (const x of c.querySelectorAll('script, style, noscript, template')) x.remove();
    return c.textContent;
  };
  const t = norm(visible(article));
  const held = goldBlocks.filter((b) => t.includes(norm(b).slice(0, 40)) && t.includes(norm(b).slice(-40))).length;
  const r = {
    found: true,
    el: `${article.localName}${article.id ? `#${article.id}` : ''}${typeof article.className === 'string' && article.className.trim() ? `.${article.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}`,
    held: held / goldBlocks.length,
    ratio: t.length / goldLen,
  };
  r.hit = r.held >= 0.8 && r.ratio <= 1.25;
  const on = await bm.toggle(document);
  r.on = on;
  const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,dd,dt,td,th,pre,div,section,article,aside,header,footer';
  const seen = new Set();
  let marks = 0;
  let outside = 0;
  const examples = [];
  for (const s of document.querySelectorAll('span[data-ae-id]')) {
    const id = s.getAttribute('data-ae-id');
    if (seen.has(id)) continue;
    seen.add(id);
    marks++;
    const block = s.parentElement.closest(BLOCK) || s.parentElement;
    // The span's offset in its block's text.
    const range = document.createRange();
    range.selectNodeContents(block);
    range.setEndBefore(s);
    const flat = norm(block.textContent);
    const lead = norm(`${range.toString()}.`).slice(0, -1);
    const text = norm(s.textContent);
    const at = lead.length;
    const ctx = norm(flat.slice(Math.max(0, at - 20), at + text.length + 20));
    if (!goldText.includes(ctx)) {
      outside++;
      if (examples.length < 4) examples.push(ctx.slice(0, 70));
    }
  }
  r.marks = marks;
  r.outside = outside;
  r.examples = examples;
  if (on) await bm.toggle(document);
  return r;
}

test('the bookmarklet enriches the article and only the article on the gold pages', async () => {
  const gold = new Map();
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8'));
    const m = /pages\/([^/]+)\/source\.html/.exec(g.source || '');
    if (m && existsSync(path.join(pagesDir, m[1], 'source.html'))) gold.set(m[1], g.blocks);
  }
  assert.equal(gold.size, 8, 'the 8 gold pages');
  const context = await env.newContext({ viewport: { width: 1280, height: 900 } });
  let hits = 0;
  let marks = 0;
  let outside = 0;
  const failures = [];
  for (const [name, goldBlocks] of [...gold].sort()) {
    const page = await context.newPage();
    try {
      await page.goto(`${env.pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
      const r = await page.evaluate(measure, { base: env.ourServer.url, goldBlocks });
      if (!r.found) {
        console.log(`${name}: no article found`);
        continue;
      }
      if (r.hit) hits++;
      marks += r.marks;
      outside += r.outside;
      console.log(`${name}: ${r.hit ? 'hit ' : 'MISS'} ${r.el} holds ${(100 * r.held).toFixed(0)}% of the gold blocks, ${r.ratio.toFixed(2)}x their text; ${r.outside}/${r.marks} marks outside the gold text${r.examples.length ? ` (${r.examples.map((e) => JSON.stringify(e)).join(', ')})` : ''}`);
    } catch (e) {
      failures.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  const share = outside / Math.max(1, marks);
  console.log(`gold pages: the right container on ${hits}/${gold.size}; ${outside}/${marks} marks (${(100 * share).toFixed(1)}%) outside the gold article text, ${marks - outside} inside it`);
  await context.close();
  assert.deepEqual(failures, []);
  assert.ok(hits >= 7, `the right container on ${hits}/8 pages`);
  assert.ok(share <= 0.05, `${(100 * share).toFixed(1)}% of the marks outside the gold text`);
});
