// Tooltip placement: beside the text and never over it, inside the viewport,
// flipped at its edges, inside a scrolled container and in right-to-left text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

async function setup() {
  const page = await env.browser.newPage({ viewport: { width: 700, height: 500 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/positions.html`);
  await page.evaluate(async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/www/enrich.css';
    document.head.append(css);
    const m = await import('/www/enrich.js');
    await m.enrichElement(document.getElementById('a'));
    m.attachTooltips(document);
  });
  return { page, errors };
}

async function placement(page, selector) {
  const span = page.locator(selector).first();
  await span.scrollIntoViewIfNeeded();
  await span.hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  await page.waitForTimeout(200);
  const t = await page.locator('.ae-tooltip').boundingBox();
  const s = await span.boundingBox();
  const vw = 700;
  const vh = 500;
  return {
    overlaps: t.y < s.y + s.height && t.y + t.height > s.y && t.x < s.x + s.width && t.x + t.width > s.x,
    inside: t.x >= 0 && t.y >= 0 && t.x + t.width <= vw && t.y + t.height <= vh,
    near: Math.min(Math.abs(t.y + t.height - s.y), Math.abs(t.y - (s.y + s.height))) < 20,
    below: t.y >= s.y + s.height,
  };
}

test('at the top edge the tooltip flips below the text', async () => {
  const { page, errors } = await setup();
  const p = await placement(page, '#top .ae-person');
  assert.deepEqual(p, { overlaps: false, inside: true, near: true, below: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('inside a scrolled container, and after it scrolls, the tooltip stays by the text', async () => {
  const { page } = await setup();
  await page.evaluate(() => {
    document.getElementById('box').scrollTop = 120;
  });
  const p = await placement(page, '#deep .ae-person');
  assert.equal(p.overlaps, false);
  assert.equal(p.inside, true);
  assert.equal(p.near, true);
  await page.close();
});

test('right-to-left text and the right viewport edge', async () => {
  const { page } = await setup();
  const rtl = await placement(page, '#rtl .ae-person');
  assert.deepEqual([rtl.overlaps, rtl.inside, rtl.near], [false, true, true]);
  const edge = await placement(page, '#edge .ae-place');
  assert.deepEqual([edge.overlaps, edge.inside, edge.near], [false, true, true]);
  await page.close();
});
