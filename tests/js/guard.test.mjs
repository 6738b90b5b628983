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
  // The module's record of the earlier run, made through the guard.
  const recorder = { enrichElement: (e) => ((e.__articleEnrichKey ??= 3), 1), unenrich: () => 0 };
  assert.equal(guardedEnrich(recorder, el), 1);
  const wasm = fakeModule(new Error('unknown kind'));
  assert.throws(() => guardedEnrich(wasm, el, { kinds: ['nonsense'] }), /unknown kind/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
  assert.equal(Object.hasOwn(el, '__articleEnrichKey'), false, 'nothing is kept on the element');
  let seen = null;
  guardedUnenrich({ ...recorder, unenrich: (e) => ((seen = e.__articleEnrichKey), 1) }, el);
  assert.equal(seen, 3, "the earlier run's record key stays, for unenrich");
  assert.equal(guardedEnrich(recorder, el), 1, 'recorded again');
  assert.deepEqual(wasm.calls, ['enrichElement'], "unenrich would undo the earlier run too: not called");
  // After a panic too, what was there before stays.
  const panicking = fakeModule(new WebAssembly.RuntimeError('unreachable'));
  assert.throws(() => guardedEnrich(panicking, el), /internal error/);
  assert.equal(el.innerHTML, html);
  assert.ok(same(el, before));
});

// The module's bookkeeping as src/wasm/dom.rs does it: the record key as a
// property of the element (Reflect get, set, deleteProperty).
const KEY = '__articleEnrichKey';
function keyedModule() {
  const records = new Map();
  let next = 1;
  return {
    records,
    enrichElement(el) {
      let k = Reflect.get(el, KEY);
      if (typeof k !== 'number') {
        k = next++;
        Reflect.set(el, KEY, k);
      }
      records.set(k, [...(records.get(k) || []), el]);
      return 1;
    },
    unenrich(el) {
      const k = Reflect.get(el, KEY);
      if (typeof k !== 'number') return 0;
      const undone = records.get(k) || [];
      records.delete(k);
      Reflect.deleteProperty(el, KEY);
      return undone.length;
    },
  };
}

const elementPrototype = (el) => {
  let p = Object.getPrototypeOf(el);
  while (p && p.constructor.name !== 'Element') p = Object.getPrototypeOf(p);
  return p;
};

test('unenrich undoes a frozen, a sealed and a non-extensible element (the key is kept in a WeakMap)', () => {
  for (const lock of [Object.freeze, Object.seal, Object.preventExtensions]) {
    const raw = keyedModule();
    const bare = setup().el;
    lock(bare);
    raw.enrichElement(bare);
    assert.equal(raw.unenrich(bare), 0, `${lock.name}: unguarded, the record is lost`);
    const wasm = keyedModule();
    const { el } = setup();
    lock(el);
    assert.equal(guardedEnrich(wasm, el), 1);
    assert.equal(guardedUnenrich(wasm, el), 1, `${lock.name}: the record is found`);
    assert.equal(wasm.records.size, 0);
    assert.equal(Object.hasOwn(el, KEY), false);
  }
});

test("a page's Element.prototype.__articleEnrichKey is never read: unenrich(b) undoes b alone", () => {
  const { el: a } = setup();
  const { el: b } = setup();
  const proto = elementPrototype(a);
  try {
    proto[KEY] = 1; // the page's own
    const raw = keyedModule();
    raw.enrichElement(a);
    raw.enrichElement(b);
    assert.equal(raw.unenrich(b), 2, 'unguarded, unenrich(b) undoes a too');
    const wasm = keyedModule();
    guardedEnrich(wasm, a);
    guardedEnrich(wasm, b);
    assert.equal(guardedUnenrich(wasm, b), 1);
    assert.deepEqual([...wasm.records.values()], [[a]], "a's record stays");
    assert.equal(guardedUnenrich(wasm, a), 1);
    assert.equal(proto[KEY], 1, "the page's property is put back as it was");
    assert.equal(Object.getOwnPropertyDescriptor(proto, KEY).value, 1);
  } finally {
    delete proto[KEY];
  }
});

test('a page that set the key on the element itself, or locked it on the prototype, is refused with the element unchanged', () => {
  const { el, html } = setup();
  Object.defineProperty(el, KEY, { value: 5 });
  const wasm = keyedModule();
  assert.throws(() => guardedEnrich(wasm, el), /defines __articleEnrichKey on this element/);
  assert.equal(wasm.records.size, 0);
  assert.equal(el.innerHTML, html);
  const { el: other } = setup();
  const proto = Object.getPrototypeOf(other);
  const lockedProto = Object.create(proto);
  Object.defineProperty(lockedProto, KEY, { value: 9, configurable: false });
  Object.setPrototypeOf(other, lockedProto);
  assert.throws(() => guardedEnrich(wasm, other), /locked __articleEnrichKey/);
  assert.equal(wasm.records.size, 0);
});

test('a build that takes the key as an argument gets one key per element, and nothing is read from the element', () => {
  const { el: a } = setup();
  const { el: b } = setup();
  const proto = elementPrototype(a);
  let reads = 0;
  Object.defineProperty(proto, KEY, { configurable: true, get: () => ++reads });
  try {
    const records = new Map();
    const wasm = {
      enrichElement(el, options, key) {
        records.set(key, [...(records.get(key) || []), el]);
        return 1;
      },
      unenrich(el, key) {
        const n = (records.get(key) || []).length;
        records.delete(key);
        return n;
      },
    };
    guardedEnrich(wasm, a);
    guardedEnrich(wasm, a);
    guardedEnrich(wasm, b);
    assert.equal(records.size, 2);
    assert.equal(guardedUnenrich(wasm, b), 1);
    assert.equal(guardedUnenrich(wasm, a), 2);
    assert.equal(records.size, 0);
    assert.equal(reads, 0);
  } finally {
    delete proto[KEY];
  }
});
