// The analysis in a Web Worker (www/planner.js, www/worker.js): the
// bookmarklet marks the same spans with it as without it, from its own
// origin and from another (a blob module worker); a page whose policy
// refuses workers is marked on the main thread instead; unenrich while the
// worker plans stops the run; a planner that fails leaves the element as it
// was, and one that reports a panic stops the module on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, root, watchErrors } from './browser.mjs';

const state = {};
before(async () => {
  state.ours = await serve(root);
  state.other = await serve(root);
  state.browser = await launch();
});
after(async () => {
  await state.browser?.close();
  state.ours?.stop();
  state.other?.stop();
});

/** The marks under the article: kind, id and text of every span of ours. */
const marks = (page) =>
  page.evaluate(() => [...document.querySelectorAll('article [data-ae-id]')].map((s) => [s.getAttribute('data-ae-kind'), s.getAttribute('data-ae-id'), s.textContent]));

/** Open the fixture from `pageOrigin`, click the bookmarklet of `ourOrigin`; the marks and the workers started. */
async function click(pageOrigin, ourOrigin, { noWorker = false, fixture = 'dom.html' } = {}) {
  const context = await state.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (noWorker) await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  await page.goto(`${pageOrigin}tests/e2e/fixtures/${fixture}`);
  const on = await page.evaluate(async (src) => (await import(src)).toggle(), `${ourOrigin}www/bookmarklet.js`).catch((e) => { throw new Error(`${e.message}; console: ${errors.join(" / ")}`); });
  const result = { on, marks: await marks(page), workers: page.workers().length, errors };
  // The second click: marks off, and no worker of ours left running.
  await page.evaluate(async (src) => (await import(src)).toggle(), `${ourOrigin}www/bookmarklet.js`);
  await page.waitForFunction(() => !document.querySelector('[data-ae-id]'));
  for (let i = 0; i < 20 && page.workers().length; i++) await page.waitForTimeout(50);
  result.afterOff = page.workers().length;
  await context.close();
  return result;
}

test('the bookmarklet plans in a worker and marks what the main thread marks, from either origin', async () => {
  const main = await click(state.ours.url, state.ours.url, { noWorker: true });
  assert.equal(main.on, true);
  assert.equal(main.workers, 0);
  assert.ok(main.marks.length > 5, `only ${main.marks.length} marks`);
  const same = await click(state.ours.url, state.ours.url);
  assert.equal(same.workers, 1, 'a worker from the same origin');
  assert.equal(same.afterOff, 0, 'the second click stops the worker');
  assert.deepEqual(same.marks, main.marks);
  const cross = await click(state.other.url, state.ours.url);
  assert.equal(cross.workers, 1, 'a blob worker importing the other origin');
  assert.deepEqual(cross.marks, main.marks);
  for (const r of [main, same, cross]) assert.deepEqual(r.errors, []);
});

test('a second click while the first is marking is refused, and the article is marked once', async () => {
  const page = await state.browser.newPage();
  await page.goto(`${state.ours.url}tests/e2e/fixtures/dom.html`);
  const r = await page.evaluate(async (src) => {
    const bm = await import(src);
    const both = await Promise.all([bm.toggle(), bm.toggle()]);
    const ids = [...document.querySelectorAll('article [data-ae-id]')].map((s) => s.getAttribute('data-ae-id'));
    return { both, spans: ids.length, unique: new Set(ids).size, panels: document.querySelectorAll('.ae-panel').length };
  }, `${state.ours.url}www/bookmarklet.js`);
  // (Which of the two gets there first is the module loader's business.)
  assert.deepEqual([...r.both].sort(), [false, true]);
  assert.ok(r.spans > 5);
  assert.ok(r.panels <= 1, `${r.panels} panels`);
  await page.close();
});

test('a page whose policy refuses workers is marked on the main thread', async () => {
  const r = await click(state.other.url, state.ours.url, { fixture: 'worker-csp.html' });
  assert.equal(r.on, true);
  assert.equal(r.workers, 0);
  assert.ok(r.marks.some(([kind, , text]) => kind === 'person' && text === 'Anna Berg'), JSON.stringify(r.marks));
  assert.ok(r.marks.some(([kind]) => kind === 'quote'));
  // The refusal itself is the only console error (Chromium reports the policy's verdict).
  assert.deepEqual(r.errors.filter((e) => !/Content Security Policy|worker/i.test(e)), []);
});

test('unenrich while the worker plans, a failing planner and a panic in the worker', async () => {
  const page = await state.browser.newPage();
  await page.goto(`${state.ours.url}tests/e2e/fixtures/dom.html`);
  const r = await page.evaluate(async () => {
    const { loadModule } = await import('/www/loader.js');
    const { startPlanner } = await import('/www/planner.js');
    const { guardedEnrichInWorker } = await import('/www/guard.js');
    const wasm = await loadModule();
    const planner = await startPlanner();
    const a = document.getElementById('a');
    const before = a.cloneNode(true);
    const out = {};
    // Stopped while planning: nothing goes in.
    const slow = (...args) => new Promise((res) => setTimeout(res, 200)).then(() => planner(...args));
    const run = wasm.enrichElementWith(a, undefined, slow);
    wasm.unenrich(a);
    out.stopped = await run;
    out.untouched = a.isEqualNode(before) && !a.querySelector('[data-ae-id]');
    // A planner that fails: the element as it was.
    try {
      await guardedEnrichInWorker(wasm, () => Promise.reject(new Error('no plan today')), a);
      out.failed = 'resolved';
    } catch (e) {
      out.failed = e.message;
    }
    out.untouchedAfterFailure = a.isEqualNode(before);
    // The worker's plan, applied: spans.
    out.spans = await guardedEnrichInWorker(wasm, planner, a);
    wasm.unenrich(a);
    // A panic reported by the planner stops the module on this page.
    try {
      await guardedEnrichInWorker(wasm, () => Promise.reject(new WebAssembly.RuntimeError('unreachable')), a);
    } catch (e) {
      out.panic = e.message;
    }
    try {
      await guardedEnrichInWorker(wasm, planner, a);
      out.after = 'resolved';
    } catch (e) {
      out.after = e.message;
    }
    out.untouchedAtEnd = a.isEqualNode(before);
    return out;
  });
  assert.equal(r.stopped, 0);
  assert.equal(r.untouched, true);
  assert.equal(r.failed, 'no plan today');
  assert.equal(r.untouchedAfterFailure, true);
  assert.ok(r.spans > 5, `only ${r.spans} spans`);
  assert.match(r.panic, /internal error/);
  assert.match(r.after, /stopped after an internal error/);
  assert.equal(r.untouchedAtEnd, true);
  await page.close();
});
