// The who-said-what panel on the demo page: beside the text when there is
// room (1280 px wide), a drawer along the bottom when not (a 390x844 phone);
// it never covers the article beside it; Escape closes it, focus back on
// its button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

async function openDemo(options) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  return { context, page, errors };
}
const overlap = (a, b) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

test('at 1280 px the panel sits beside the article, open, without covering it', async () => {
  const { context, page, errors } = await openDemo({ viewport: { width: 1280, height: 900 } });
  assert.equal(await page.locator('.ae-panel').getAttribute('data-mode'), 'side');
  await page.click('.ae-panel-toggle');
  await page.waitForTimeout(100);
  const panel = await page.locator('.ae-panel').boundingBox();
  const article = await page.locator('#article').boundingBox();
  assert.ok(!overlap(panel, article), `the panel ${JSON.stringify(panel)} covers the article ${JSON.stringify(article)}`);
  assert.ok(panel.x + panel.width <= 1280, 'inside the viewport');
  assert.ok(panel.width >= 220, `${panel.width} px wide`);
  await page.screenshot({ path: path.join(artifacts, 'panel-side-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 390x844 phone the panel is a drawer: a bar at the bottom, opened by a tap, closed by Escape', async () => {
  const { context, page, errors } = await openDemo({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const panel = page.locator('.ae-panel');
  assert.equal(await panel.getAttribute('data-mode'), 'drawer');
  const bar = await panel.boundingBox();
  assert.ok(bar.height < 64 && Math.abs(bar.y + bar.height - 844) < 2 && bar.width >= 389, `the closed drawer ${JSON.stringify(bar)}`);
  await page.locator('.ae-panel-toggle').tap();
  const open = await panel.boundingBox();
  assert.ok(open.height > 200 && open.height <= 0.7 * 844, `the open drawer ${JSON.stringify(open)}`);
  assert.ok(await page.locator('.ae-panel-body').isVisible());
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(artifacts, 'panel-drawer-390.png') });
  await page.locator('.ae-panel-quote').first().focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.ae-panel-body').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('ae-panel-toggle')), true);
  assert.deepEqual(errors, []);
  await context.close();
});
