// A real panic inside WebAssembly, caught at the JS boundary: the page comes
// back exactly as it was. Builds the module once with the test-only feature
// `fault-injection` (tests/e2e/.pkg-fault), whose `faultInjectPanicAfter(n)`
// makes the (n+1)-th span that enrichElement inserts panic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const env = useBrowser(before, after);
const pkg = 'tests/e2e/.pkg-fault';

before(() => {
  execFileSync(
    'wasm-pack',
    ['build', '--dev', '--target', 'web', '--no-typescript', '--no-pack', '--out-dir', path.join(root, pkg), '--', '--features', 'fault-injection'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
});

test('a panic inside enrichElement leaves the page as it was', { timeout: 600_000 }, async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/dom.html`);
  const r = await page.evaluate(async (pkg) => {
    const guard = await import('/www/guard.js');
    const texts = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n, n.data]);
      return out;
    };
    const a = document.getElementById('a');
    const p1 = document.getElementById('p1');
    window.clicks = 0;
    p1.addEventListener('click', () => window.clicks++);

    // Without the guard, the same panic leaves the page half-changed: the
    // check below can fail.
    const raw = await import(`/${pkg}/article_enrich.js?unguarded`);
    await raw.default();
    const copy = a.cloneNode(true);
    document.body.append(copy);
    raw.faultInjectPanicAfter(2);
    let rawError = null;
    try {
      raw.enrichElement(copy);
    } catch (e) {
      rawError = `${e.constructor.name}: ${e.message}`;
    }
    const halfChanged = copy.querySelectorAll('[data-ae-id]').length;
    copy.remove();

    // With the guard (a fresh instance of the module).
    const wasm = await import(`/${pkg}/article_enrich.js?guarded`);
    await wasm.default();
    const beforeNodes = texts(a);
    const snapshot = a.cloneNode(true);
    wasm.faultInjectPanicAfter(2);
    let error = null;
    try {
      guard.guardedEnrich(wasm, a);
    } catch (e) {
      error = e.message;
    }
    const afterNodes = texts(a);
    const sameNodes =
      afterNodes.length === beforeNodes.length && afterNodes.every(([n, d], i) => n === beforeNodes[i][0] && d === beforeNodes[i][1]);
    p1.click();
    let again = null;
    try {
      guard.guardedEnrich(wasm, a);
    } catch (e) {
      again = e.message;
    }
    return {
      rawError,
      halfChanged,
      error,
      spans: a.querySelectorAll('[data-ae-id]').length,
      equal: a.isEqualNode(snapshot),
      sameNodes,
      clicks: window.clicks,
      again,
      stillEqual: a.isEqualNode(snapshot),
    };
  }, pkg);
  assert.match(r.rawError, /RuntimeError: unreachable/, 'the fault build panics');
  assert.ok(r.halfChanged > 0, 'unguarded, the panic leaves spans behind');
  assert.match(r.error, /internal error .*the page was restored/);
  assert.equal(r.spans, 0);
  assert.ok(r.equal, 'the element equals its snapshot');
  assert.ok(r.sameNodes, 'the same text nodes, with their text');
  assert.equal(r.clicks, 1, 'listeners still fire');
  assert.match(r.again, /stopped after an internal error/);
  assert.ok(r.stillEqual);
  assert.deepEqual(errors.filter((e) => !/panicked|unreachable|RuntimeError/.test(e)), []);
  await page.close();
});
