// The two-file embed (npm/build-embed.mjs, which .ci/pack runs): one ES
// module and its .wasm, served from another origin (port) and another path
// than the page, as from a CDN. The page is the one-tag embed's own fixture
// (tests/e2e/fixtures/embed.html, the same data attributes), with only its
// script's src pointing at the CDN copy. Spans, tooltips with the knowledge
// map, the panel, the global API and destroy(); data-css and data-api off.
// Needs www/pkg built (.ci/build) and npm/node_modules (.ci/setup).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchErrors, root } from './browser.mjs';

const CDN_PATH = 'static/article-enrich/v1/';
const state = { tmp: null, site: null, cdn: null, browser: null, built: null };

before(async () => {
  const module = execFileSync('node', [path.join(root, 'npm', 'build-embed.mjs')], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const built = path.dirname(module);
  state.built = readdirSync(built).sort();
  state.tmp = mkdtempSync(path.join(os.tmpdir(), 'ae-embed-'));
  // The CDN: exactly the two files, under a path of its own.
  const cdnDir = path.join(state.tmp, 'cdn', CDN_PATH);
  mkdirSync(cdnDir, { recursive: true });
  for (const f of state.built) copyFileSync(path.join(built, f), path.join(cdnDir, f));
  state.cdn = await serve(path.join(state.tmp, 'cdn'));
  // The news site, on another port: the embed fixture, pointing at the CDN.
  const siteDir = path.join(state.tmp, 'site', 'news', '2026');
  mkdirSync(siteDir, { recursive: true });
  const fixture = readFileSync(path.join(root, 'tests', 'e2e', 'fixtures', 'embed.html'), 'utf8');
  const src = `${state.cdn.url}${CDN_PATH}article-enrich.js`;
  const page = fixture.replace('src="/www/article-enrich.js"', `src="${src}"`);
  assert.notEqual(page, fixture, 'the fixture names the embed as /www/article-enrich.js');
  writeFileSync(path.join(siteDir, 'story.html'), page);
  writeFileSync(path.join(siteDir, 'plain.html'), page.replace('data-panel="on"', 'data-panel="off" data-css="off" data-api="off"'));
  // Hosts with a Content-Security-Policy: one that lets the embed and its
  // WebAssembly in but allows no inline style, and a strict one.
  const cspPage = (csp) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="${csp}"><title>CSP host</title></head>
<body><article><p>Anna Berg, the Danish foreign minister, left Oslo on Monday.</p></article>
<script type="module" src="${src}" data-selector="article"></script></body></html>`;
  const cdnOrigin = new URL(state.cdn.url).origin;
  writeFileSync(path.join(siteDir, 'csp-styles.html'), cspPage(`default-src 'self'; script-src 'self' ${cdnOrigin} 'wasm-unsafe-eval'; connect-src ${cdnOrigin}; style-src 'self'`));
  writeFileSync(path.join(siteDir, 'csp-strict.html'), cspPage(`default-src 'self'; script-src 'self' ${cdnOrigin}`));
  state.site = await serve(path.join(state.tmp, 'site'));
  state.browser = await launch();
});

after(async () => {
  await state.browser?.close();
  state.cdn?.stop();
  state.site?.stop();
  if (state.tmp) rmSync(state.tmp, { recursive: true, force: true });
});

async function open(name) {
  const page = await state.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__article = document.querySelector('article').cloneNode(true);
    });
  });
  await page.goto(`${state.site.url}news/2026/${name}`);
  await page.waitForSelector('article [data-ae-id]');
  return { page, errors, requests };
}

test('the embed is two files', () => {
  assert.deepEqual(state.built, ['article-enrich.js', 'article_enrich_bg.wasm']);
  assert.notEqual(new URL(state.cdn.url).origin, new URL(state.site.url).origin);
});

test('from another origin and path: spans, a styled tooltip with the knowledge map, the panel, the API', async () => {
  const { page, errors, requests } = await open('story.html');
  const people = await page.locator('article .ae-person').allInnerTexts();
  assert.ok(people.includes('Anna Berg') && people.includes('Peter Holm'), people.join('|'));
  // data-kinds="person,organization,place,date,quote": no group, no number.
  assert.equal(await page.locator('article .ae-group, article .ae-number').count(), 0);
  assert.equal(await page.locator('aside:not(.ae-panel) [data-ae-id], nav [data-ae-id]').count(), 0, 'data-selector="article"');

  await page.locator('article .ae-person', { hasText: 'Anna Berg' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const tip = page.locator('.ae-tooltip');
  assert.match(await tip.innerText(), /Foreign minister since 2024/);
  assert.equal(await tip.locator('a.ae-tip-more').getAttribute('href'), 'https://example.org/people/anna-berg');
  // The inlined enrich.css applies, with no stylesheet link added.
  assert.equal(await tip.evaluate((el) => getComputedStyle(el).position), 'fixed');
  assert.equal(await page.locator('link[rel=stylesheet]').count(), 0);

  await page.click('.ae-panel-toggle');
  assert.match(await page.locator('.ae-panel-body').innerText(), /We will be back/);

  const cdnFiles = requests.filter((u) => u.startsWith(state.cdn.url)).map((u) => u.slice(state.cdn.url.length)).sort();
  assert.deepEqual(cdnFiles, [`${CDN_PATH}article-enrich.js`, `${CDN_PATH}article_enrich_bg.wasm`]);
  assert.ok(requests.every((u) => u.startsWith(state.cdn.url) || u.startsWith(state.site.url)), requests.join(' '));

  const r = await page.evaluate(() => {
    window.articleEnrich.destroy();
    return {
      equal: document.querySelector('article').isEqualNode(window.__article),
      global: 'articleEnrich' in window,
      panel: !!document.querySelector('.ae-panel'),
      sheets: document.adoptedStyleSheets.length,
    };
  });
  assert.deepEqual(r, { equal: true, global: false, panel: false, sheets: 0 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('data-css="off" and data-api="off" are honoured as by the one-tag embed', async () => {
  const { page, errors } = await open('plain.html');
  assert.ok((await page.locator('article .ae-person').count()) > 0);
  await page.locator('article .ae-person', { hasText: 'Anna Berg' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const r = await page.evaluate(() => ({
    sheets: document.adoptedStyleSheets.length,
    styles: document.querySelectorAll('style').length,
    position: getComputedStyle(document.querySelector('.ae-tooltip')).position,
    global: 'articleEnrich' in window,
    panel: !!document.querySelector('.ae-panel'),
  }));
  assert.deepEqual(r, { sheets: 0, styles: 0, position: 'static', global: false, panel: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a host whose CSP allows no inline style still gets the styled tooltips (a constructed stylesheet)', async () => {
  const { page, errors } = await open('csp-styles.html');
  await page.locator('article .ae-person', { hasText: 'Anna Berg' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.equal(await page.locator('.ae-tooltip').evaluate((el) => getComputedStyle(el).position), 'fixed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a strict CSP host (no wasm-unsafe-eval) stays untouched, with one console line saying why', async () => {
  const page = await state.browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${state.site.url}news/2026/csp-strict.html`);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  const ours = messages.filter((m) => m.text.startsWith('article-enrich:'));
  assert.equal(ours.length, 1, JSON.stringify(messages));
  assert.equal(ours[0].type, 'warning');
  assert.match(ours[0].text, /left unchanged/);
  assert.equal(await page.locator('[data-ae-id]').count(), 0);
  assert.equal(await page.evaluate(() => 'articleEnrich' in window), false);
  assert.deepEqual(pageErrors, []);
  await page.close();
});
