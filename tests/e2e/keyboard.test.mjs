// Keyboard, screen readers and touch on the demo page: one Tab stop per
// entity and per quote; Enter reaches the tooltip's actions, which work by
// keyboard; Escape or Tab past them goes back to the mention (no trap); what
// Chromium's accessibility tree says of a mention; tap shows, tap outside hides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

async function openDemo(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  return { context, page, errors };
}
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { id: a.getAttribute('data-ae-id'), ref: a.getAttribute('data-ae-ref'), kind: a.getAttribute('data-ae-kind'), text: a.textContent, inTip: !!a.closest('.ae-tooltip') };
});

test('Tab stops once per entity and once per quote, in reading order', async () => {
  const { context, page, errors } = await openDemo();
  const expected = await page.evaluate(() => {
    const seen = new Set();
    let n = 0;
    for (const s of document.querySelectorAll('#article span[data-ae-id]')) {
      // Dates and figures are off by default (prefs.js): no Tab stop.
      if (s.dataset.aeKind === 'date' || s.dataset.aeKind === 'number') continue;
      const key = s.dataset.aeKind === 'quote' ? s.dataset.aeId : s.dataset.aeRef;
      if (!seen.has(key)) n++;
      seen.add(key);
    }
    return { stops: n, pieces: document.querySelectorAll('#article span[data-ae-id]').length };
  });
  assert.ok(expected.pieces > expected.stops, `some entity is mentioned twice: ${JSON.stringify(expected)}`);
  // From the start of the article: Tab through it, counting what is focused inside.
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'start';
    b.textContent = 'start';
    document.getElementById('article').before(b);
  });
  await page.focus('#start');
  const keys = new Set();
  let stops = 0;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f.id) break;
    stops++;
    const key = f.kind === 'quote' ? f.id : f.ref;
    assert.ok(!keys.has(key), `a second Tab stop for ${f.text}`);
    assert.ok(f.kind !== 'date' && f.kind !== 'number', `a Tab stop on the ${f.kind} ${f.text}, which is off`);
    keys.add(key);
  }
  assert.equal(stops, expected.stops);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Enter reaches "Next mention" and "Their quotes"; Escape and Tab come back, no trap', async () => {
  const { context, page, errors } = await openDemo();
  await page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first().focus();
  await page.keyboard.press('Enter');
  let f = await focused(page);
  assert.equal(f.inTip, true, 'Enter moved focus into the tooltip');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Next mention');
  await page.keyboard.press('Enter');
  f = await focused(page);
  assert.equal(f.text, 'Ferrante', 'Next mention moved focus to the next mention');
  assert.equal(await page.locator('.ae-tooltip').isVisible(), true, 'and its tooltip shows');
  // Their quotes, by keyboard.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Their quotes');
  await page.keyboard.press('Enter');
  f = await focused(page);
  assert.equal(f.kind, 'quote');
  // Escape in the tooltip: back to the mention, tooltip closed.
  await page.keyboard.press('Enter');
  if ((await focused(page)).inTip) {
    await page.keyboard.press('Escape');
    f = await focused(page);
    assert.equal(f.kind, 'quote');
    assert.equal(await page.locator('.ae-tooltip').isVisible(), false);
  }
  // Tab past the last action goes back to the mention, and the next Tab on.
  await page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.equal(f.text, 'Lucia Ferrante');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.ok(f.id && f.text !== 'Lucia Ferrante' && !f.inTip, JSON.stringify(f));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the accessibility tree: a mention is named by its text and described by its details', async () => {
  const { context, page, errors } = await openDemo();
  await page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first().focus();
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const node = nodes.find((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value) && n.role.value !== 'RootWebArea');
  assert.equal(node.name.value, 'Lucia Ferrante');
  assert.equal(node.description.value, 'person · Italian diplomat · 3 quotes. Enter for Next mention, Their quotes');
  // A quote: its text, and who said it.
  await page.locator('#article .ae-quote', { hasText: 'Our patience is not unlimited' }).focus();
  const { nodes: n2 } = await cdp.send('Accessibility.getFullAXTree');
  const q = n2.find((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value) && n.role.value !== 'RootWebArea');
  assert.match(q.name.value, /Our patience is not unlimited/);
  assert.match(q.description.value, /^Said by Davit Karapetyan\. Armenian foreign minister/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('touch: a tap shows the tooltip, a tap outside hides it', async () => {
  const { context, page, errors } = await openDemo({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  await page.locator('#article .ae-place', { hasText: 'Baku' }).tap();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await page.locator('.ae-tooltip').innerText(), /Baku/);
  // Outside: on a heading with no mark in it.
  await page.locator('#paste-title').tap();
  await page.waitForSelector('.ae-tooltip[data-state="hidden"]', { state: 'attached' });
  assert.equal(await page.locator('.ae-tooltip').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});
