// The bookmarklet tells the reader what it did, in a small status box:
// "Marked N names and M quotes · click again to remove", "Marks removed",
// "This page does not allow it" (a Content-Security-Policy refusing
// WebAssembly), "Names are found in English text only". The box is a polite
// live region, takes no focus, closes with its button or Escape (focus goes
// back where it was), and leaves the page untouched where nothing was marked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);
const status = (page) => page.locator('[data-ae-status]');
const click = (page) => page.evaluate(async (src) => (await import(src)).toggle(), `${env.server.url}www/bookmarklet.js`);

test('a click says what was marked; a second says the marks are gone', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/dom.html`);
  assert.equal(await click(page), true);
  await page.waitForFunction(() => /Marked/.test(document.querySelector('[data-ae-status]')?.textContent || ''));
  const text = await status(page).locator('span').innerText();
  assert.match(text, /^Marked \d+ names? and \d+ quotes? · click again to remove$/);
  const [names, quotes] = text.match(/\d+/g).map(Number);
  const counted = await page.evaluate(() => {
    const ids = (sel) => new Set([...document.querySelectorAll(sel)].map((s) => s.dataset.aeId)).size;
    return [ids('article span[data-ae-id]:not([data-ae-kind=quote]):not([data-ae-kind=date]):not([data-ae-kind=number])'), ids('article span[data-ae-kind=quote]')];
  });
  assert.deepEqual([names, quotes], counted);
  assert.ok(names > 0 && quotes > 0, text);
  assert.equal(await status(page).getAttribute('role'), 'status');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the status took no focus');
  await page.screenshot({ path: path.join(artifacts, 'status-marked.png') });
  // Escape closes it.
  await page.keyboard.press('Escape');
  assert.equal(await status(page).count(), 0);
  assert.equal(await click(page), false);
  await page.waitForFunction(() => document.querySelector('[data-ae-status]')?.textContent.includes('Marks removed'));
  assert.equal(await page.locator('[data-ae-id]').count(), 0);
  // Its button closes it, and focus goes back where it was.
  await page.locator('#p3 a').focus();
  await status(page).locator('button').focus();
  await status(page).locator('button').press('Enter');
  assert.equal(await status(page).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#x');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page whose policy refuses WebAssembly: "This page does not allow it", page untouched', async () => {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}tests/e2e/fixtures/bookmarklet-csp.html`);
  const before = await page.evaluate(() => document.querySelector('article').innerHTML);
  assert.equal(await click(page), false);
  await page.waitForFunction(() => document.querySelector('[data-ae-status]')?.textContent.includes('This page does not allow it'));
  assert.equal(await page.evaluate(() => document.querySelector('article').innerHTML), before);
  assert.equal(await page.locator('link[data-ae-owned]').count(), 0);
  await page.screenshot({ path: path.join(artifacts, 'status-csp.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an article in German: "Names are found in English text only", page untouched', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/bookmarklet-de.html`);
  const before = await page.evaluate(() => document.body.innerHTML);
  assert.equal(await click(page), false);
  await page.waitForFunction(() => document.querySelector('[data-ae-status]')?.textContent.includes('Names are found in English text only'));
  assert.equal(await page.locator('[data-ae-id]').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  assert.deepEqual(errors, []);
  await page.close();
});
