// The loader's warm-up (www/loader.js: `warmUp` a piece a task, then the
// in-place path once on a detached paragraph of its own), in Chromium: the
// page's first enrichment is the same as without it, ids start at the first,
// and nobody of the warm-up's paragraph is known to the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

/** In the page: load the module (with the loader, or bare), enrich the paragraph; its spans' ids and names. */
async function enrichOnce(page, how) {
  return page.evaluate(async ([how, base]) => {
    let m;
    if (how === 'loader') {
      m = await (await import(`${base}www/loader.js`)).loadModule();
    } else {
      m = await import(`${base}www/pkg/article_enrich.js`);
      await m.default();
    }
    const p = document.createElement('p');
    // A page's "Reed": not the warm-up paragraph's "Tom Reed, the Irish minister".
    p.textContent = '\u201cWe will not sign,\u201d Reed said in Cork on Monday.';
    document.body.replaceChildren(p);
    const n = m.enrichElement(p);
    return {
      n,
      html: p.innerHTML,
      ids: [...p.querySelectorAll('[data-ae-id]')].map((s) => s.getAttribute('data-ae-id')),
      names: [...p.querySelectorAll('[data-ae-name]')].map((s) => s.getAttribute('data-ae-name')),
      warmedUp: typeof m.warmUpElement === 'function',
    };
  }, [how, env.server.url]);
}

test('the warm-up leaves no trace: the first enrichment is as without it, and ids start at the first', async () => {
  const results = {};
  for (const how of ['loader', 'bare']) {
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}tests/e2e/fixtures/blank.html`);
    results[how] = await enrichOnce(page, how);
    assert.deepEqual(errors, [], how);
    await page.close();
  }
  const { loader, bare } = results;
  assert.ok(loader.warmedUp);
  assert.ok(loader.n > 0, loader.html);
  assert.ok(loader.names.includes('Reed'), loader.names.join('|'));
  assert.ok(!loader.names.some((n) => n.includes('Tom')), loader.names.join('|'));
  assert.equal(loader.html, bare.html);
  assert.deepEqual(loader.ids, bare.ids);
});

test('warmUpElement enriches and restores its element, and throws on what is not an element', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}tests/e2e/fixtures/blank.html`);
  const r = await page.evaluate(async (base) => {
    const m = await import(`${base}www/pkg/article_enrich.js`);
    await m.default();
    const p = document.createElement('p');
    p.textContent = '\u201cNot yet,\u201d Tom Reed, the Irish minister, said in Dublin on Friday.';
    const before = p.innerHTML;
    const n = m.warmUpElement(p);
    let threw = null;
    try {
      m.warmUpElement({});
    } catch (e) {
      threw = e instanceof Error;
    }
    return { n, same: p.innerHTML === before, nodes: p.childNodes.length, threw };
  }, env.server.url);
  assert.ok(r.n > 0, `spans inserted: ${r.n}`);
  assert.equal(r.same, true);
  assert.equal(r.nodes, 1);
  assert.equal(r.threw, true);
  await page.close();
});
