// www/strings.js in Node, with a stand-in for the module that does what
// wasm-bindgen does to a &str argument (each lone surrogate becomes U+FFFD)
// and marks "Oslo". Chromium runs the real module in tests/e2e/host-attacks.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enrichString } from '../../www/strings.js';

const SPAN = '<span class="ae ae-place" data-ae-id="m1" data-ae-kind="place" tabindex="0">Oslo</span>';
const module = (limit = Infinity) => ({
  enrich(html) {
    const s = html.toWellFormed(); // what crosses into Rust
    if (s.length > limit) return s;
    return s.replaceAll('Oslo', SPAN);
  },
});

test('without a lone surrogate the module output is used as it is', () => {
  assert.equal(enrichString(module(), 'In Oslo.'), `In ${SPAN}.`);
  assert.equal(enrichString(module(), 'Nothing. \u{1F600}'), 'Nothing. \u{1F600}');
});

test('nothing marked: the same string comes back, lone surrogates and all', () => {
  for (const s of ['a \uD800 b', '\uDC00 lone low', 'pair \uD83D\uDE00 then lone \uDE00', 'end \uD83D']) {
    assert.equal(module().enrich(s) === s, false, 'the module alone changes it');
    assert.equal(enrichString(module(), s), s);
  }
});

test('over a limit: the same string comes back', () => {
  const s = 'In Oslo \uD800 today.';
  assert.equal(enrichString(module(3), s), s);
});

test('something marked: each lone surrogate is still there, outside and inside spans', () => {
  assert.equal(enrichString(module(), 'In Oslo \uD800 and \uDFFF, \uD83D\uDE00.'), `In ${SPAN} \uD800 and \uDFFF, \uD83D\uDE00.`);
});

test('input that holds a private-use stand-in already: nothing marked gives the input, marked gives the module output', () => {
  assert.equal(enrichString(module(), 'x \uE000 \uD800'), 'x \uE000 \uD800');
  assert.equal(enrichString(module(), 'Oslo \uE000 \uD800'), `${SPAN} \uE000 \uFFFD`);
});
