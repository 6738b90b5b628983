// The in-place DOM path (enrichElement / unenrich) in Chromium: it touches text
// nodes only, so listeners keep firing and iframes are not reloaded, and
// unenrich gives back the original nodes exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

async function open() {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/dom.html`);
  await page.waitForFunction(() => document.getElementById('f').contentDocument?.body?.textContent.includes('Inside'));
  return { page, errors };
}

test('listeners keep firing, iframes stay loaded, unenrich restores every node', async () => {
  const { page, errors } = await open();
  const result = await page.evaluate(async () => {
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    const p1 = document.getElementById('p1');
    window.clicks = 0;
    p1.addEventListener('click', () => window.clicks++);
    const frame = document.getElementById('f');
    frame.contentWindow.marker = 'kept';
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    const snapshot = a.cloneNode(true);
    const html = a.innerHTML;
    const firstText = p1.firstChild;
    const ok = await enrichElement(a);
    const spans = a.querySelectorAll('[data-ae-id]').length;
    const inLink = !!a.querySelector('#p3 a > span.ae-person');
    const aroundLink = !!a.querySelector('span.ae > a');
    const skipped = [...a.querySelectorAll('[data-ae="off"] .ae, pre .ae')].length;
    a.querySelector('#p1 .ae-person').click();
    await new Promise((r) => setTimeout(r, 300));
    const frameKept = frame.contentWindow.marker === 'kept';
    const restored = await unenrichElement(a);
    return {
      ok, spans, inLink, aroundLink, skipped, clicks: window.clicks, frameKept, loads, restored,
      equal: a.isEqualNode(snapshot), sameHtml: a.innerHTML === html, sameFirstNode: p1.firstChild === firstText,
      leftovers: a.querySelectorAll('[data-ae-id]').length,
    };
  });
  assert.equal(result.ok, true);
  assert.ok(result.spans > 5, `only ${result.spans} spans`);
  assert.equal(result.inLink, true, 'a mention inside a link is wrapped inside it');
  assert.equal(result.aroundLink, false, 'never around a link');
  assert.equal(result.skipped, 0, 'opted-out and code content untouched');
  assert.equal(result.clicks, 1, 'the paragraph listener fired');
  assert.equal(result.frameKept, true, 'the iframe was not reloaded');
  assert.equal(result.loads, 0, 'no load event after enrichment');
  assert.ok(result.restored > 0);
  assert.equal(result.equal, true, 'unenrich: DOM equal to the original');
  assert.equal(result.sameHtml, true);
  assert.equal(result.sameFirstNode, true, 'the original text node is back in place');
  assert.equal(result.leftovers, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('astral characters and lone surrogates survive a round trip exactly', async () => {
  const { page, errors } = await open();
  const result = await page.evaluate(async () => {
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const p = document.createElement('p');
    const original = 'Anna Berg \uD800 met \uD835\uDCB3 Peter Holm in Oslo \uDFFF.';
    p.append(document.createTextNode(original));
    document.body.append(p);
    await enrichElement(p);
    const marked = [...p.querySelectorAll('.ae')].map((s) => s.textContent);
    await unenrichElement(p);
    return { marked, same: p.firstChild.data === original, nodes: p.childNodes.length };
  });
  assert.ok(result.marked.includes('Peter Holm') && result.marked.includes('Oslo'), result.marked.join('|'));
  assert.equal(result.same, true);
  assert.equal(result.nodes, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a second enrichElement leaves what is done alone', async () => {
  const { page } = await open();
  const counts = await page.evaluate(async () => {
    const { enrichElement } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    await enrichElement(a);
    const first = a.querySelectorAll('[data-ae-id]').length;
    await enrichElement(a);
    return [first, a.querySelectorAll('[data-ae-id]').length];
  });
  assert.equal(counts[0], counts[1]);
  await page.close();
});
