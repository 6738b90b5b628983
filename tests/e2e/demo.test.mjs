// End-to-end test of the demo page in Debian's Chromium (playwright-core).
// Run: node --test tests/e2e/   (after the wasm package is built into www/pkg)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = useBrowser(before, after);

async function openDemo(contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}www/`);
  await page.waitForSelector('#article [data-ae-id]');
  return { context, page, errors };
}

const tooltip = (page) => page.locator('.ae-tooltip');

test('the demo article is enriched with every kind of span', async () => {
  const { context, page, errors } = await openDemo();
  for (const kind of ['person', 'organization', 'place', 'group', 'date', 'number', 'quote']) {
    assert.ok((await page.locator(`#article .ae-${kind}`).count()) > 0, `no ${kind} spans`);
  }
  // Names inside the article text, not in scripts or attributes.
  const names = await page.locator('#article .ae-person').allInnerTexts();
  assert.ok(names.includes('Lucia Ferrante') && names.includes('Davit Karapetyan'), names.join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('hover shows a tooltip with name, kind, role and count, beside the text', async () => {
  const { context, page, errors } = await openDemo();
  const span = page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first();
  await span.hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const text = await tooltip(page).innerText();
  assert.match(text, /Lucia Ferrante/);
  assert.match(text, /person · Italian diplomat · 3 quotes/);
  assert.equal(await tooltip(page).getAttribute('role'), 'tooltip');
  const tipBox = await tooltip(page).boundingBox();
  const spanBox = await span.boundingBox();
  const overlaps = tipBox.y < spanBox.y + spanBox.height && tipBox.y + tipBox.height > spanBox.y
    && tipBox.x < spanBox.x + spanBox.width && tipBox.x + tipBox.width > spanBox.x;
  assert.ok(!overlaps, 'the tooltip covers the hovered text');
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, 'demo-hover.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quote tooltip names the speaker', async () => {
  const { context, page } = await openDemo();
  await page.locator('#article .ae-quote', { hasText: 'Our patience is not unlimited' }).hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await tooltip(page).innerText(), /Said by Davit Karapetyan/);
  await context.close();
});

test('Tab focuses spans in reading order, the tooltip follows, Escape dismisses', async () => {
  const { context, page, errors } = await openDemo();
  await page.locator('#article h2 .ae').first().focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  assert.notEqual(await focused.getAttribute('data-ae-kind'), null, 'focus is on one of our spans');
  // Described by the details inside the tooltip.
  const described = await focused.getAttribute('aria-describedby');
  assert.equal(described, `${await tooltip(page).getAttribute('id')}-d`);
  assert.equal(await page.locator(`.ae-tooltip #${described}`).count(), 1);
  assert.equal(await tooltip(page).isVisible(), true);
  assert.equal(await tooltip(page).innerText().then((t) => t.length > 0), true);
  await page.keyboard.press('Escape');
  assert.equal(await tooltip(page).isVisible(), false);
  assert.equal(await focused.getAttribute('aria-describedby'), null);
  // Focus was not trapped: Tab moves on.
  await page.keyboard.press('Tab');
  assert.notEqual(await page.locator(':focus').getAttribute('data-ae-id'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('tap shows the tooltip on a touch device', async () => {
  const { context, page, errors } = await openDemo({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  await page.locator('#article .ae-place', { hasText: 'Baku' }).tap();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await tooltip(page).innerText(), /Baku/);
  const box = await tooltip(page).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, 'tooltip inside the viewport');
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, 'demo-tap-mobile.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the panel lists the speakers, and pasted text is enriched', async () => {
  const { context, page, errors } = await openDemo();
  await page.click('.ae-panel-toggle');
  const panel = await page.locator('.ae-panel-body').innerText();
  for (const name of ['Lucia Ferrante', 'Davit Karapetyan', 'Elnur Mammadov']) assert.match(panel, new RegExp(name));
  // At 1000 px there is no room beside the text: the open drawer covers the page's foot; close it.
  await page.click('.ae-panel-toggle');
  await page.fill('#paste-input', 'Maria Lopes, the Chilean trade minister, arrived in Lima on Monday.\n\n“We are ready,” Ms Lopes said.');
  await page.click('#paste-go');
  await page.waitForSelector('#paste-output .ae-person');
  await page.locator('#paste-output .ae-quote').hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  assert.match(await tooltip(page).innerText(), /Said by Maria Lopes/);
  // Pasted HTML is made inert before it is shown.
  await page.fill('#paste-input', '<p onclick="window.pwned=1">Anna Berg <img src="data:," onerror="window.pwned=1"></p><script>window.pwned=1</script>');
  await page.click('#paste-go');
  await page.waitForSelector('#paste-output .ae-person');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no accessibility violation on the enriched page', async () => {
  const { context, page, errors } = await openDemo();
  await page.addScriptTag({ path: path.join(root, 'www', 'node_modules', 'axe-core', 'axe.min.js') });
  await page.click('.ae-panel-toggle');
  await page.locator('#article .ae-person', { hasText: 'Lucia Ferrante' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  // Measure the settled page: mid-fade, the tooltip's text is still translucent.
  await page.waitForTimeout(300);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  console.log(`axe-core: ${result.length} violation types: ${JSON.stringify(result)}`);
  // None at all, best practices (landmark regions) included.
  assert.deepEqual(result, []);
  // The README's screenshot: a tooltip and the panel open.
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(artifacts, 'demo-tooltip-panel.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('time from navigation to an enriched page', async () => {
  const { context, page } = await openDemo();
  const t = await page.evaluate(() => Number(document.documentElement.dataset.aeEnrichedAt));
  console.log(`demo: enriched ${t} ms after navigation started (headless Chromium, this machine)`);
  assert.ok(t > 0);
  await context.close();
});
