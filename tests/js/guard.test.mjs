// www/guard.js in Node, with a stand-in for the WebAssembly module that
// wraps a name and then fails: the element comes back with the same text
// nodes, and after a panic the module is refused. (tests/e2e/panic.test.mjs
// does the same with a real panic in Chromium.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { guardedEnrich, guardedEnrichInSlices, guardedUnenrich } from '../../www/guard.js';

const textNodes = (el) => {
  const out = [];
  const walk = (n) => n.childNodes.forEach((c) => (c.nodeType === 3 ? out.push([c, c.data]) : walk(c)));
  walk(el);
  return out;
};

/** Text.splitText (linkedom has none): the node keeps the first `at` characters, the rest follows it. */
function split(t, at) {
  const rest = t.ownerDocument.createTextNode(t.data.slice(at));
  t.data = t.data.slice(0, at);
  t.after(rest);
  return rest;
}

/** A module that wraps "Anna Berg" in one of our spans, then throws `error` (or succeeds without one). */
function fakeModule(error) {
  const calls = [];
  return {
    calls,
    enrichElement(el) {
      calls.push('enrichElement');
      const t = el.querySelector('p').firstChild;
      const rest = split(t, 9);
      const span = el.ownerDocument.createElement('span');
      span.setAttribute('class', 'ae ae-person');
      span.setAttribute('data-ae-id', 'm1'); // written only half-way (no kind): the guard unwraps it all the same
      t.replaceWith(span);
      span.append(t);
      split(rest, 5); // a stray piece the module split off
      if (error) throw error;
      return 1;
    },
    unenrich() {
      calls.push('unenrich');
      return 0;
    },
  };
}

function setup(more = '') {
  const doc = page(`<article><p>Anna Berg left Oslo on <b>Monday</b>.</p>${more}</article>`);
  const el = doc.querySelector('article');
  return { el, before: textNodes(el), html: el.innerHTML };
}

const same = (el, before) => {
  const after = textNodes(el);
  return after.length === before.length && after.every(([n, d], i) => n === before[i][0] && d === before[i][1]);
};

test('an error inside the module restores the same text nodes and is rethrown', () => {
  const { el, before, html } = setup();
  const wasm = fakeModule(new Error('invalid options'));
  assert.throws(() => guardedEnrich(wasm, el), /invalid options/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before), 'the original text nodes, with their text');
  assert.equal(el.querySelector('span'), null);
  assert.deepEqual(wasm.calls, ['enrichElement'], 'a failed call leaves no record, so unenrich is not called (it would undo earlier runs too)');
  // The module is still usable afterwards.
  assert.throws(() => guardedEnrich(wasm, el), /invalid options/);
});

test('a panic restores the page and refuses the module from then on', () => {
  const { el, before, html } = setup();
  const wasm = fakeModule(new WebAssembly.RuntimeError('unreachable'));
  assert.throws(() => guardedEnrich(wasm, el), /internal error \(unreachable\); the page was restored/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
  assert.deepEqual(wasm.calls, ['enrichElement'], 'a panicked module is not called again');
  assert.throws(() => guardedEnrich(wasm, el), /stopped after an internal error/);
  assert.equal(guardedUnenrich(wasm, el), 0);
  assert.deepEqual(wasm.calls, ['enrichElement']);
});

test('success passes the module\'s count through and leaves its spans', () => {
  const { el } = setup();
  const wasm = fakeModule(null);
  assert.equal(guardedEnrich(wasm, el), 1);
  assert.equal(el.querySelector('span[data-ae-id]').textContent, 'Anna Berg');
});

test('spans already there stay: the page\'s own span[data-ae-id] and an earlier run\'s, with its record', () => {
  const earlier = '<p><span class="ae ae-place" data-ae-id="m1" data-ae-kind="place">Oslo</span> and <span data-ae-id="site-7">the page\'s own</span></p>';
  const { el, before, html } = setup(earlier);
  // The module's record of the earlier run, made through the guard.
  const recorder = { enrichElement: () => 1, unenrich: () => 0 };
  const own = Object.getOwnPropertyNames(el);
  assert.equal(guardedEnrich(recorder, el), 1);
  const wasm = fakeModule(new Error('unknown kind'));
  assert.throws(() => guardedEnrich(wasm, el, { kinds: ['nonsense'] }), /unknown kind/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
  assert.deepEqual(Object.getOwnPropertyNames(el), own, 'nothing is kept on the element');
  let seen = null;
  guardedUnenrich({ ...recorder, unenrich: (e) => ((seen = e), 1) }, el);
  assert.equal(seen, el, "the earlier run's record stays, for unenrich");
  assert.equal(guardedEnrich(recorder, el), 1, 'recorded again');
  assert.deepEqual(wasm.calls, ['enrichElement'], "unenrich would undo the earlier run too: not called");
  // After a panic too, what was there before stays.
  const panicking = fakeModule(new WebAssembly.RuntimeError('unreachable'));
  assert.throws(() => guardedEnrich(panicking, el), /internal error/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
});

// The module's bookkeeping as src/wasm/dom.js does it: records in a WeakMap
// keyed by the element.
function weakModule() {
  const records = new WeakMap();
  let live = 0;
  return {
    live: () => live,
    enrichElement(el) {
      records.set(el, [...(records.get(el) || []), el]);
      live++;
      return 1;
    },
    unenrich(el) {
      const undone = records.get(el) || [];
      records.delete(el);
      live -= undone.length;
      return undone.length;
    },
  };
}

const elementPrototype = (el) => {
  let p = Object.getPrototypeOf(el);
  while (p && p.constructor.name !== 'Element') p = Object.getPrototypeOf(p);
  return p;
};

test('unenrich undoes a frozen, a sealed and a non-extensible element, and nothing is kept on it', () => {
  for (const lock of [Object.freeze, Object.seal, Object.preventExtensions]) {
    const wasm = weakModule();
    const { el } = setup();
    const own = Object.getOwnPropertyNames(el);
    lock(el);
    assert.equal(guardedEnrich(wasm, el), 1);
    assert.equal(guardedUnenrich(wasm, el), 1, `${lock.name}: the record is found`);
    assert.equal(wasm.live(), 0);
    assert.deepEqual(Object.getOwnPropertyNames(el), own);
  }
});

test("nothing is read from the page's elements or their prototype: unenrich(b) undoes b alone", () => {
  const { el: a } = setup();
  const { el: b } = setup();
  const proto = elementPrototype(a);
  let reads = 0;
  // A page's own property (the name earlier builds kept their record key in).
  Object.defineProperty(proto, '__articleEnrichKey', { configurable: true, get: () => ++reads });
  try {
    const wasm = weakModule();
    guardedEnrich(wasm, a);
    guardedEnrich(wasm, a);
    guardedEnrich(wasm, b);
    assert.equal(guardedUnenrich(wasm, b), 1);
    assert.equal(wasm.live(), 2, "a's records stay");
    assert.equal(guardedUnenrich(wasm, a), 2);
    assert.equal(guardedUnenrich(wasm, a), 0, 'undone once');
    assert.equal(reads, 0);
  } finally {
    delete proto.__articleEnrichKey;
  }
});

test('in slices: a module without the sliced form is called whole; a failure before the first slice restores the element', async () => {
  const { el, before, html } = setup();
  const whole = fakeModule(null);
  assert.equal(await guardedEnrichInSlices(whole, el), 1);
  assert.deepEqual(whole.calls, ['enrichElement']);
  const { el: other, before: otherBefore, html: otherHtml } = setup();
  // The sliced form wraps "Anna Berg", then throws before it returns its promise.
  const failing = fakeModule(new Error('unknown kind'));
  failing.enrichElementInSlices = (e) => failing.enrichElement(e);
  await assert.rejects(guardedEnrichInSlices(failing, other), /unknown kind/);
  assert.equal(other.innerHTML, otherHtml);
  assert.ok(same(other, otherBefore));
  const panicking = fakeModule(new WebAssembly.RuntimeError('unreachable'));
  panicking.enrichElementInSlices = (e) => panicking.enrichElement(e);
  await assert.rejects(guardedEnrichInSlices(panicking, other), /internal error \(unreachable\); the page was restored/);
  assert.equal(other.innerHTML, otherHtml);
  await assert.rejects(guardedEnrichInSlices(panicking, other), /stopped after an internal error/);
  assert.ok(el.innerHTML !== html && same(el, before) === false, 'the first element keeps its spans');
});

test("in slices: a run that fails later is the module's to undo; the page's own changes made meanwhile stay", async () => {
  const { el } = setup();
  const p = el.querySelector('p');
  const calls = [];
  const wasm = {
    enrichElementInSlices: () => {
      calls.push('enrichElementInSlices');
      return Promise.resolve().then(() => {
        // Meanwhile the page adds a paragraph; then the module's slice fails.
        p.after(el.ownerDocument.createElement('p'));
        throw new Error('a slice failed');
      });
    },
    unenrich: () => (calls.push('unenrich'), 0),
  };
  await assert.rejects(guardedEnrichInSlices(wasm, el), /a slice failed/);
  assert.equal(el.querySelectorAll('p').length, 2, "the page's paragraph stays");
  const ok = { enrichElementInSlices: (e, options, sliceMs) => (calls.push(`ok ${sliceMs}`), Promise.resolve(3)), unenrich: () => (calls.push('unenrich'), 3) };
  assert.equal(await guardedEnrichInSlices(ok, el, undefined, 5), 3);
  assert.equal(guardedUnenrich(ok, el), 3, 'a record is kept for unenrich');
  assert.deepEqual(calls, ['enrichElementInSlices', 'ok 5', 'unenrich']);
});
