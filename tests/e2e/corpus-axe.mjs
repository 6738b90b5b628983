// Corpus check (needs ../shared): axe-core on three real pages enriched by
// the bookmarklet, at 1280 px, with the panel open and a tooltip showing.
// The pages have violations of their own; what must have none is ours: the
// marks, the tooltip, the panel and the status box (a violation counts when
// one of its nodes is or is inside one of them). Saves a screenshot a page.
//   node --test tests/e2e/corpus-axe.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useCorpusBrowser, root } from './browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useCorpusBrowser(before, after, pagesDir);
const PAGES = ['nytimes-1', 'citylab-1', 'telegraph'];

test('axe-core finds no violation in what the bookmarklet adds to three corpus pages', async () => {
  const context = await env.newContext({ viewport: { width: 1280, height: 900 } });
  const found = [];
  for (const name of PAGES) {
    const page = await context.newPage();
    await page.goto(`${env.pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
    const on = await page.evaluate(async (src) => (await import(src)).toggle(), `${env.ourServer.url}www/bookmarklet.js`);
    assert.equal(on, true, `${name}: enriched`);
    await page.waitForSelector('[data-ae-status]');
    // What the reader sees: a later mention's tooltip (the panel closed), then the panel opened.
    const mention = page.locator('[data-ae-bookmarklet] .ae-person.ae-again').first();
    await mention.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await mention.focus();
    await page.waitForSelector('.ae-tooltip[data-state="visible"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `corpus-${name}.png`) });
    await page.click('.ae-panel-toggle');
    await mention.focus();
    await page.waitForSelector('.ae-tooltip[data-state="visible"]');
    await page.waitForTimeout(300);
    await page.addScriptTag({ path: path.join(root, 'www', 'node_modules', 'axe-core', 'axe.min.js') });
    const r = await page.evaluate(async () => {
      const OURS = 'span.ae[data-ae-id], .ae-tooltip, .ae-panel, [data-ae-status]';
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      const ours = [];
      for (const v of violations) {
        for (const n of v.nodes) {
          const el = document.querySelector(n.target[0]);
          if (el && el.closest(OURS)) ours.push(`${v.id}: ${n.target.join(' ')}`);
        }
      }
      return { ours, all: violations.length };
    });
    console.log(`${name}: ${r.all} violation types on the page, ${r.ours.length} nodes of ours among them${r.ours.length ? `: ${r.ours.slice(0, 5).join('; ')}` : ''}`);
    found.push(...r.ours.map((o) => `${name}: ${o}`));
    await page.close();
  }
  await context.close();
  assert.deepEqual(found, []);
});
