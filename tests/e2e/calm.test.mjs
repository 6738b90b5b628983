// A calm default, on the demo page: the first mention of an entity in each
// section is marked clearly and later ones faintly; dates and figures are
// found but not shown (no underline, no tooltip, no Tab stop) until the
// reader ticks them in the panel's legend, which is remembered for the site
// and fails silently where storage is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

async function open(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  return { page, errors };
}
const look = (page, kind, text) => page.evaluate(([kind, text]) => {
  const s = [...document.querySelectorAll(`#article .ae-${kind}`)].find((x) => x.textContent === text);
  const cs = getComputedStyle(s);
  return { line: cs.textDecorationLine, thickness: cs.textDecorationThickness, again: s.classList.contains('ae-again'), tab: s.getAttribute('tabindex') };
}, [kind, text]);

test('first mentions clearly, later ones faintly; dates and figures not shown', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const { page, errors } = await open(context);
  const first = await look(page, 'person', 'Lucia Ferrante');
  const later = await look(page, 'person', 'Ferrante');
  assert.deepEqual([first.again, first.thickness], [false, '2px']);
  assert.deepEqual([later.again, later.thickness], [true, '1px']);
  const date = await look(page, 'date', 'Friday');
  assert.equal(date.line, 'none');
  assert.equal(date.tab, '-1');
  assert.equal((await look(page, 'number', 'at least €40 million')).line, 'none');
  // No tooltip on a date that is off.
  await page.locator('#article .ae-date', { hasText: 'Friday' }).hover();
  await page.waitForTimeout(800);
  assert.equal(await page.locator('.ae-tooltip').isVisible(), false);
  await page.screenshot({ path: path.join(artifacts, 'calm-default.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the legend turns dates on, and the choice is remembered for the site', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  let { page, errors } = await open(context);
  await page.click('.ae-panel-toggle');
  const dates = page.locator('.ae-legend label', { hasText: 'Dates' }).locator('input');
  assert.equal(await dates.isChecked(), false);
  assert.equal(await page.locator('.ae-legend label', { hasText: 'People' }).locator('input').isChecked(), true);
  await dates.check();
  assert.notEqual((await look(page, 'date', 'Friday')).line, 'none');
  assert.equal((await look(page, 'date', 'Friday')).tab, '0');
  await page.locator('#article .ae-date', { hasText: 'Friday' }).hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  await page.screenshot({ path: path.join(artifacts, 'calm-legend-dates-on.png') });
  assert.deepEqual(errors, []);
  await page.close();
  ({ page, errors } = await open(context));
  assert.notEqual((await look(page, 'date', 'Friday')).line, 'none', 'remembered after a reload');
  assert.equal((await look(page, 'number', 'at least €40 million')).line, 'none', 'figures still off');
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage blocked: the default holds and nothing is thrown', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const { page, errors } = await open(context);
  assert.equal((await look(page, 'date', 'Friday')).line, 'none');
  await page.click('.ae-panel-toggle');
  await page.locator('.ae-legend label', { hasText: 'Dates' }).locator('input').check();
  assert.notEqual((await look(page, 'date', 'Friday')).line, 'none', 'the choice works for this page');
  assert.deepEqual(errors, []);
  await context.close();
});
