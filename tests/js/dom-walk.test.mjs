// src/wasm/dom.js's walk in Node (linkedom for the DOM): the ops and strings
// src/html/walk.rs reads, made once per element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { walk } from '../../src/wasm/dom.js';

const [TEXT, OTHER, OPEN, CLOSE] = [0, 1, 2, 3];
const READ = 'data-ae contenteditable translate';

/** The walk's ops with string indices replaced by the strings. */
function decode(w) {
  const strings = [];
  for (let i = 0, at = 0; i < w.lengths.length; at += w.lengths[i], i++) strings.push(w.text.slice(at, at + w.lengths[i]));
  const out = [];
  const ops = [...w.ops];
  for (let i = 0; i < ops.length; ) {
    if (ops[i] === TEXT) {
      out.push(['text', strings[ops[i + 1]]]);
      i += 2;
    } else if (ops[i] === OPEN) {
      const n = ops[i + 4];
      const attrs = [];
      for (let a = 0; a < n; a++) attrs.push([strings[ops[i + 5 + 2 * a]], strings[ops[i + 6 + 2 * a]]]);
      out.push(['open', strings[ops[i + 1]], ops[i + 2], attrs, ops[ops[i + 3] - 1] === CLOSE]);
      i += 5 + 2 * n;
    } else {
      out.push([ops[i] === CLOSE ? 'close' : 'other']);
      i += 1;
    }
  }
  return out;
}

test('the walk gives text, elements with only the attributes the builder reads, comments, and each element its end', () => {
  const doc = page('<div id="a"><p class="x" translate="no" title="t">Anna <b>Berg</b></p><!-- c --><p data-ae="off">Peter</p></div>');
  const w = walk(doc.getElementById('a'), READ, 'data-ae-id');
  assert.deepEqual(decode(w), [
    ['open', 'p', 0, [['translate', 'no']], true],
    ['text', 'Anna '],
    ['open', 'b', 0, [], true],
    ['text', 'Berg'],
    ['close'],
    ['close'],
    ['other'],
    ['open', 'p', 0, [['data-ae', 'off']], true],
    ['text', 'Peter'],
    ['close'],
  ]);
  assert.equal(w.nodes.length, 3);
  assert.deepEqual(w.data, ['Anna ', 'Berg', 'Peter']);
});

test('a span with a data-ae-id gets every attribute, in order; names are given once', () => {
  const doc = page('<div id="a"><span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" tabindex="0">Anna</span><span data-ae-id="site-7">x</span></div>');
  const w = walk(doc.getElementById('a'), READ, 'data-ae-id');
  const d = decode(w);
  assert.deepEqual(d[0], ['open', 'span', 2, [['class', 'ae ae-person'], ['data-ae-id', 'm1'], ['data-ae-kind', 'person'], ['tabindex', '0']], true]);
  assert.deepEqual(d[3], ['open', 'span', 2, [['data-ae-id', 'site-7']], true]);
  const strings = [];
  for (let i = 0, at = 0; i < w.lengths.length; at += w.lengths[i], i++) strings.push(w.text.slice(at, at + w.lengths[i]));
  assert.equal(strings.filter((s) => s === 'span').length, 1, 'tag names are interned');
});

test('lone surrogates cross as U+FFFD, one unit for one, never joined with a neighbour into one character', () => {
  const doc = page('<p id="a"></p>');
  const p = doc.getElementById('a');
  p.append(doc.createTextNode('a\uD800'), doc.createTextNode('\uDC00b'));
  const w = walk(p, READ, 'data-ae-id');
  assert.deepEqual([...w.lengths], [2, 2]);
  assert.equal(w.text, 'a\uFFFD\uFFFDb');
  assert.deepEqual(w.data, ['a\uD800', '\uDC00b'], 'the nodes keep their own text');
});

test('content outside the HTML namespace is not walked', () => {
  const doc = page('<div id="a"><svg><text>Anna Berg</text></svg>Peter</div>');
  const w = walk(doc.getElementById('a'), READ, 'data-ae-id');
  assert.deepEqual(decode(w), [['open', 'svg', 1, [], true], ['close'], ['text', 'Peter']]);
  assert.equal(w.nodes.length, 1);
});
