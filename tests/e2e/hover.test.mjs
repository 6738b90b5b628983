// Hover that does not get in the way, on the demo page: a tooltip opens only
// after the pointer rests on a mention (300-500 ms; passing over opens
// nothing), closes about 300 ms after the pointer leaves, stays open while the
// pointer is on it, opens at once on keyboard focus, has an arrow pointing at
// the mention and never covers the mention's line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

async function openDemo(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  // When the tooltip's state changes, and when the pointer enters or leaves a mention.
  await page.evaluate(() => {
    window.__log = [];
    const tip = document.querySelector('.ae-tooltip');
    new MutationObserver(() => window.__log.push([tip.dataset.state, performance.now()])).observe(tip, { attributes: true, attributeFilter: ['data-state'] });
    for (const type of ['mouseover', 'mouseout']) {
      document.addEventListener(type, (e) => e.target.closest?.('#article .ae') && window.__log.push([type, performance.now()]), true);
    }
  });
  return { context, page, errors };
}
const log = (page) => page.evaluate(() => window.__log);
const first = (entries, name) => entries.find(([n]) => n === name)?.[1];
const away = (page) => page.mouse.move(990, 790);

test('the tooltip opens after the pointer rests on a mention, not while it passes', async () => {
  const { context, page, errors } = await openDemo();
  const span = page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first();
  const box = await span.boundingBox();
  // Passing over: on the mention for about 100 ms, then away.
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.waitForTimeout(100);
  await away(page);
  await page.waitForTimeout(700);
  assert.equal(first(await log(page), 'visible'), undefined, 'a pointer passing over opened a tooltip');
  // Resting.
  await page.evaluate(() => { window.__log = []; });
  await span.hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const l = await log(page);
  const delay = first(l, 'visible') - first(l, 'mouseover');
  assert.ok(delay >= 300 && delay <= 900, `opened ${delay.toFixed(0)} ms after the pointer came`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('it closes about 300 ms after the pointer leaves, and stays while the pointer is on it', async () => {
  const { context, page, errors } = await openDemo();
  const span = page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first();
  await span.hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  // Onto the tooltip, across the gap: it stays.
  const tip = await page.locator('.ae-tooltip').boundingBox();
  const s = await span.boundingBox();
  await page.mouse.move(s.x + s.width / 2, tip.y + tip.height / 2, { steps: 8 });
  await page.waitForTimeout(900);
  assert.equal(await page.locator('.ae-tooltip').getAttribute('data-state'), 'visible', 'the tooltip closed under the pointer');
  // Away: it closes after the delay, not at once.
  await page.evaluate(() => { window.__log = []; });
  const t0 = await page.evaluate(() => performance.now());
  await away(page);
  await page.waitForSelector('.ae-tooltip[data-state="hidden"]', { state: 'attached' });
  const hidAfter = first(await log(page), 'hidden') - t0;
  assert.ok(hidAfter >= 250 && hidAfter <= 1000, `closed ${hidAfter.toFixed(0)} ms after the pointer left`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard focus opens it at once; the arrow points at the mention, whose line stays uncovered', async () => {
  const { context, page, errors } = await openDemo();
  for (const name of ['Lucia Ferrante', 'Elnur Mammadov']) {
    const r = await page.evaluate((name) => {
      const span = [...document.querySelectorAll('#article .ae-person')].find((s) => s.textContent === name);
      span.focus();
      const tip = document.querySelector('.ae-tooltip');
      const shown = !tip.hidden && tip.dataset.state === 'visible';
      const line = span.getClientRects()[0];
      const t = tip.getBoundingClientRect();
      const a = tip.querySelector('.ae-tip-arrow').getBoundingClientRect();
      return { shown, side: tip.dataset.side, line: { top: line.top, bottom: line.bottom, left: line.left, right: line.right }, tip: { top: t.top, bottom: t.bottom }, arrowX: a.left + a.width / 2, arrowY: a.top + a.height / 2 };
    }, name);
    assert.equal(r.shown, true, 'focus opened the tooltip in the same task');
    assert.ok(r.tip.bottom <= r.line.top || r.tip.top >= r.line.bottom, `the tooltip covers the line of ${name}`);
    assert.ok(r.arrowX >= r.line.left && r.arrowX <= r.line.right, `the arrow (${r.arrowX}) points beside ${name} (${r.line.left}-${r.line.right})`);
    // The arrow sits between the tooltip and the line.
    if (r.side === 'top') assert.ok(r.arrowY > r.tip.bottom - 8 && r.arrowY < r.line.top, JSON.stringify(r));
    else assert.ok(r.arrowY < r.tip.top + 8 && r.arrowY > r.line.bottom, JSON.stringify(r));
  }
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(artifacts, 'hover-arrow.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
