// The theme follows the page, not the OS: a light site seen with a dark OS
// setting gets dark tooltips (not near-white on white), a dark site with a
// light OS setting light ones; the site can force one (data-theme).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

/** Relative luminance of a computed rgb() colour. */
const LUM = `(css) => {
  const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(Number).map((x) => x / 255).map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}`;
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

async function tipOn(fixture, colorScheme, shot) {
  const context = await env.browser.newContext({ colorScheme, viewport: { width: 900, height: 500 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/${fixture}`);
  assert.equal(await page.evaluate(async (src) => (await import(src)).toggle(), `${env.server.url}www/bookmarklet.js`), true);
  await page.evaluate(() => document.querySelector('[data-ae-status] button')?.click());
  await page.locator('article .ae-person').first().focus();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  await page.waitForTimeout(250);
  const r = await page.evaluate((lum) => {
    const L = eval(lum);
    const tip = getComputedStyle(document.querySelector('.ae-tooltip'));
    const under = getComputedStyle(document.querySelector('article').closest('.card') || document.body).backgroundColor;
    return { theme: document.documentElement.dataset.aeTheme, tipBg: L(tip.backgroundColor), tipFg: L(tip.color), page: L(under === 'rgba(0, 0, 0, 0)' ? 'rgb(255,255,255)' : under) };
  }, LUM);
  await page.screenshot({ path: path.join(artifacts, shot) });
  assert.deepEqual(errors, []);
  await context.close();
  return r;
}

test('a light site under a dark OS setting: dark tooltips that stand out', async () => {
  const r = await tipOn('theme-light.html', 'dark', 'theme-light-site-dark-os.png');
  assert.equal(r.theme, 'light');
  assert.ok(contrast(r.tipBg, r.page) >= 3, `tooltip against the page: ${contrast(r.tipBg, r.page).toFixed(1)}:1`);
  assert.ok(contrast(r.tipBg, r.tipFg) >= 7, 'tooltip text readable');
});

test('a dark site under a light OS setting: light tooltips', async () => {
  const r = await tipOn('theme-dark.html', 'light', 'theme-dark-site-light-os.png');
  assert.equal(r.theme, 'dark');
  assert.ok(r.tipBg > r.page && contrast(r.tipBg, r.page) >= 3, JSON.stringify(r));
});

test('data-theme forces one; the embed takes its theme off again on destroy()', async () => {
  const page = await env.browser.newPage({ colorScheme: 'light' });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/embed.html`);
  await page.waitForSelector('article [data-ae-id]');
  // embed.html's page is light: "auto" gives "light".
  assert.equal(await page.evaluate(() => document.documentElement.dataset.aeTheme), 'light');
  await page.evaluate(() => window.articleEnrich.destroy());
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ae-theme')), false);
  await page.close();
  const forced = await env.browser.newPage({ colorScheme: 'light' });
  await forced.route('**/fixtures/embed.html', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace('src="/www/article-enrich.js"', 'src="/www/article-enrich.js" data-theme="dark"') });
  });
  await forced.goto(`${env.server.url}tests/e2e/fixtures/embed.html`);
  await forced.waitForSelector('article [data-ae-id]');
  assert.equal(await forced.evaluate(() => document.documentElement.dataset.aeTheme), 'dark');
  assert.deepEqual(errors, []);
  await forced.close();
});
