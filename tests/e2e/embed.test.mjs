// Embedding with one script tag, in Chromium: lazy loading, in-place
// enrichment, the knowledge map, content that arrives later, the panel, the
// optional global API, and graceful failure under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
const env = useBrowser(before, after);

async function openEmbed() {
  const page = await env.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = watchErrors(page);
  // The page's own globals, before our script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__before = Object.keys(window);
      window.__article = document.querySelector('article').cloneNode(true);
    });
  });
  await page.goto(`${env.server.url}tests/e2e/fixtures/embed.html`);
  await page.waitForSelector('article [data-ae-id]');
  return { page, errors };
}

test('one tag enriches the article in place and leaves one optional global', async () => {
  const { page, errors } = await openEmbed();
  const r = await page.evaluate(() => ({
    added: Object.keys(window).filter((k) => !window.__before.includes(k) && k !== '__before' && k !== '__article'),
    api: typeof window.articleEnrich?.enrich === 'function' && typeof window.articleEnrich?.unenrich === 'function' && typeof window.articleEnrich?.destroy === 'function',
    outside: document.querySelectorAll('aside:not(.ae-panel) [data-ae-id], nav [data-ae-id]').length,
    people: [...document.querySelectorAll('article .ae-person')].map((s) => s.textContent),
  }));
  assert.deepEqual(r.added, ['articleEnrich']);
  assert.equal(r.api, true);
  assert.equal(r.outside, 0, 'only the selected element is enriched');
  assert.ok(r.people.includes('Anna Berg') && r.people.includes('Peter Holm'), r.people.join('|'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the knowledge map shows in the tooltip, as text and safe links only', async () => {
  const { page } = await openEmbed();
  await page.locator('article .ae-person', { hasText: 'Anna Berg' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const tip = page.locator('.ae-tooltip');
  assert.match(await tip.innerText(), /Foreign minister since 2024/);
  assert.equal(await tip.locator('a.ae-tip-more').getAttribute('href'), 'https://example.org/people/anna-berg');
  await page.close();
});

test('content that arrives later is enriched, and what is done is not redone', async () => {
  const { page, errors } = await openEmbed();
  const before = await page.locator('#p1 [data-ae-id]').count();
  await page.click('#read-more');
  await page.waitForSelector('#late .ae-person');
  assert.equal(await page.locator('#p1 [data-ae-id]').count(), before);
  assert.equal(await page.locator('[data-ae-id] [data-ae-id].ae-person [data-ae-id]').count(), 0);
  const late = page.locator('#late .ae-quote');
  assert.equal(await late.getAttribute('data-ae-name'), 'Karin Lund');
  await late.hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await page.locator('.ae-tooltip').innerText(), /Said by Karin Lund/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the panel lists speakers and jumps to a quote', async () => {
  const { page, errors } = await openEmbed();
  await page.click('.ae-panel-toggle');
  const text = await page.locator('.ae-panel-body').innerText();
  assert.match(text, /Anna Berg/);
  assert.match(text, /We will be back/);
  await page.locator('.ae-panel-quote').first().click();
  await page.waitForSelector('article .ae-quote.ae-flash');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, 'embed-panel.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('destroy() restores the article exactly and removes the global', async () => {
  const { page } = await openEmbed();
  const r = await page.evaluate(() => {
    window.articleEnrich.destroy();
    return { equal: document.querySelector('article').isEqualNode(window.__article), global: 'articleEnrich' in window, panel: !!document.querySelector('.ae-panel') };
  });
  assert.deepEqual(r, { equal: true, global: false, panel: false });
  await page.close();
});

test('a strict CSP host stays untouched, with one console line saying why', async () => {
  const page = await env.browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${env.server.url}tests/e2e/fixtures/csp.html`);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  const ours = messages.filter((m) => m.text.startsWith('article-enrich:'));
  assert.equal(ours.length, 1, JSON.stringify(messages));
  assert.match(ours[0].text, /left unchanged/);
  assert.equal(await page.locator('[data-ae-id]').count(), 0);
  assert.equal(await page.evaluate(() => 'articleEnrich' in window), false);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('options as a JS object win over data attributes', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/embed-config.html`);
  await page.waitForSelector('.story [data-ae-id]');
  const r = await page.evaluate(() => ({
    kinds: [...document.querySelectorAll('[data-ae-id]')].map((s) => s.className),
    inArticle: document.querySelectorAll('article [data-ae-id]').length,
    global: 'articleEnrich' in window,
  }));
  assert.deepEqual(r.kinds, ['ae ae-place']);
  assert.equal(r.inArticle, 0);
  assert.equal(r.global, false);
  await page.locator('.story .ae-place').hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await page.locator('.ae-tooltip').innerText(), /Capital of Norway/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('infinite scroll: a new <article> is enriched; the panel and "Next mention" follow it; destroy() removes all, stylesheet too', async () => {
  const { page, errors } = await openEmbed();
  assert.equal(await page.locator('link[data-ae-owned]').count(), 1);
  await page.evaluate(() => {
    const a = document.createElement('article');
    a.id = 'next';
    a.innerHTML = '<h1>Berg returns</h1><p id="n1">Anna Berg flew back to Oslo on Friday, and Peter Holm met her there.</p><p>&ldquo;Talks go on,&rdquo; said Ingrid Dahl, the Norwegian fisheries minister.</p>';
    window.__next = a.cloneNode(true);
    document.body.append(a);
  });
  await page.waitForSelector('#next .ae-person');
  assert.equal(await page.locator('[data-ae-id] [data-ae-id].ae-person [data-ae-id]').count(), 0);
  // The panel lists the new article's speaker.
  await page.click('.ae-panel-toggle');
  assert.match(await page.locator('.ae-panel-body').innerText(), /Ingrid Dahl/);
  // "Next mention" from the last mention of Anna Berg in the first article goes into the new one, or on.
  const names = await page.locator('article .ae-person').evaluateAll((s) => s.map((x) => [x.closest('article').id, x.dataset.aeRef, x.textContent]));
  const inNext = names.filter(([id]) => id === 'next');
  assert.ok(inNext.length >= 2, JSON.stringify(names));
  // One Tab stop per entity across both articles: the tab stops are in document order.
  const stops = await page.locator('article span[data-ae-id][tabindex="0"]').evaluateAll((s) => s.map((x) => x.dataset.aeKind === 'quote' ? x.dataset.aeId : x.dataset.aeRef));
  assert.equal(new Set(stops).size, stops.length, 'one Tab stop per entity or quote');
  const first = page.locator('#next .ae-person').first();
  const ref = await first.getAttribute('data-ae-ref');
  const all = await page.locator(`article .ae-person[data-ae-ref="${ref}"]`).count();
  if (all > 1) {
    await first.focus();
    await page.locator('.ae-tooltip button', { hasText: 'Next mention' }).click();
    assert.equal(await page.evaluate((ref) => document.activeElement.dataset.aeRef, ref), ref);
  }
  console.log(`infinite scroll: ${inNext.length} people marked in the new article; its first person has ${all} mentions on the page`);
  const r = await page.evaluate(() => {
    window.articleEnrich.destroy();
    return {
      first: document.querySelector('article').isEqualNode(window.__article),
      next: document.getElementById('next').isEqualNode(window.__next),
      css: document.querySelectorAll('link[data-ae-owned]').length,
      html: [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-ae')),
    };
  });
  assert.deepEqual(r, { first: true, next: true, css: 0, html: [] });
  assert.deepEqual(errors, []);
  await page.close();
});
