// The bookmarklet page and the bookmarklet itself on a fixture page: the link
// points at this server's bookmarklet.js; a click enriches the article only;
// a second click restores it exactly; no globals are left behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

test('the bookmarklet link, run on a page, toggles enrichment of its article', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/bookmarklet.html`);
  const href = await page.locator('#bm').getAttribute('href');
  assert.match(href, /^javascript:/);
  assert.ok(href.includes(`${env.server.url}www/bookmarklet.js`), href);
  await page.goto(`${env.server.url}tests/e2e/fixtures/dom.html`);
  const keys = await page.evaluate(() => Object.keys(window).length);
  const snapshot = await page.evaluate(() => {
    window.__article = document.querySelector('article').cloneNode(true);
    return true;
  });
  assert.ok(snapshot);
  // What a click on the bookmark does: run the link's code.
  await page.evaluate((code) => (0, eval)(decodeURIComponent(code.slice('javascript:'.length))), href);
  await page.waitForSelector('article [data-ae-id]');
  assert.equal(await page.locator('[data-ae-id]').evaluateAll((spans) => spans.filter((s) => !s.closest('article')).length), 0);
  await page.evaluate((code) => (0, eval)(decodeURIComponent(code.slice('javascript:'.length))), href);
  await page.waitForFunction(() => !document.querySelector('[data-ae-id]'));
  assert.equal(await page.evaluate(() => document.querySelector('article').isEqualNode(window.__article)), true);
  assert.equal(await page.evaluate(() => Object.keys(window).length), keys + 1, 'only the test\'s own __article global was added');
  assert.deepEqual(errors, []);
  await page.close();
});
