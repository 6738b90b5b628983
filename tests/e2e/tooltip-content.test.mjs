// What a tooltip says, on the demo page: the entity's kind, role and count;
// for a later mention, the sentence that introduced it; for a quote, who
// said it with their role. Text only: page text that looks like markup stays
// text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

async function openDemo() {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  return { context, page, errors };
}
const tipFor = async (page, locator) => {
  await locator.focus();
  return page.locator('.ae-tooltip').innerText();
};

test('a later mention says where its entity was introduced; the first does not repeat it', async () => {
  const { context, page, errors } = await openDemo();
  const later = await tipFor(page, page.locator('#article .ae-person', { hasText: /^Ferrante$/ }));
  assert.match(later, /Lucia Ferrante/);
  assert.match(later, /person · Italian diplomat · 3 quotes/);
  assert.match(later, /First mentioned: Lucia Ferrante, the Italian diplomat who chaired the meetings for the Organization/);
  assert.ok(!/Nobody should pretend/.test(later.split('First mentioned:')[1]), 'only the one sentence');
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(artifacts, 'tooltip-intro.png') });
  const first = await tipFor(page, page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first());
  assert.ok(!/First mentioned/.test(first), first);
  // A quote: the speaker with their role.
  const quote = await tipFor(page, page.locator('#article .ae-quote', { hasText: 'Our patience is not unlimited' }));
  assert.match(quote, /Said by Davit Karapetyan/);
  assert.match(quote, /Armenian Foreign Minister/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('text that looks like markup stays text in the tooltip', async () => {
  const { context, page, errors } = await openDemo();
  await page.fill('#paste-input', 'Maria Lopes, the Chilean trade minister <img src=x onerror="window.pwned=1">, arrived in Lima.\n\nLater, Ms Lopes met reporters in Lima on Monday.');
  await page.evaluate(() => {
    // As text, not HTML: the paste box treats text with tags as HTML, so put it in directly.
    const out = document.getElementById('paste-output');
    out.replaceChildren(...document.getElementById('paste-input').value.split('\n\n').map((t) => Object.assign(document.createElement('p'), { textContent: t })));
  });
  const ok = await page.evaluate(async () => (await import('./enrich.js')).enrichElement(document.getElementById('paste-output')));
  assert.equal(ok, true);
  const later = page.locator('#paste-output p:nth-child(2) .ae-person').first();
  assert.equal(await later.count(), 1, 'the later mention is marked');
  const text = await tipFor(page, later);
  assert.match(text, /First mentioned: Maria Lopes, the Chilean trade minister <img src=x onerror="window.pwned=1">, arrived in Lima\./);
  assert.equal(await page.locator('.ae-tooltip img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});
