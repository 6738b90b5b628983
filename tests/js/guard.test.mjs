// www/guard.js in Node, with a stand-in for the WebAssembly module that
// wraps a name and then fails: the element comes back with the same text
// nodes, and after a panic the module is refused. (tests/e2e/panic.test.mjs
// does the same with a real panic in Chromium.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { guardedEnrich, guardedUnenrich } from '../../www/guard.js';

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
      el.__articleEnrichKey ??= 7; // as the module does: a key once per element
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
  assert.equal('__articleEnrichKey' in el, false, "the module's stale record key is dropped");
  assert.deepEqual(wasm.calls, ['enrichElement', 'unenrich'], 'a sound module drops its own record first');
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
  el.__articleEnrichKey = 3; // the module's record of the earlier run
  const wasm = fakeModule(new Error('unknown kind'));
  assert.throws(() => guardedEnrich(wasm, el, { kinds: ['nonsense'] }), /unknown kind/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
  assert.equal(el.__articleEnrichKey, 3, "the earlier run's record key stays");
  assert.deepEqual(wasm.calls, ['enrichElement'], "unenrich would undo the earlier run too: not called");
  // After a panic too, what was there before stays.
  const panicking = fakeModule(new WebAssembly.RuntimeError('unreachable'));
  assert.throws(() => guardedEnrich(panicking, el), /internal error/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
});
