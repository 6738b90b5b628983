// extension/apply.js in Node: the spans of the real module's string path
// (www/pkg, built by .ci/build) put into a live tree, and taken off again.
// A tree whose text or elements differ from the enriched copy is refused
// with nothing touched; live text split over several nodes, quotes holding
// names, and inline elements inside quotes are handled; removing gives back
// the very text nodes there were, with their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { page } from './dom.mjs';
import { initSync, enrich } from '../../www/pkg/article_enrich.js';
import { planMarks, applyMarks, removeMarks } from '../../extension/apply.js';

initSync({ module: readFileSync(new URL('../../www/pkg/article_enrich_bg.wasm', import.meta.url)) });

const ARTICLE = '<h2>Talks</h2><p>“We will not wait,” Anna Berg, the Danish foreign minister, said in <em>Oslo</em> on Monday.</p>'
  + '<p>“It is <b>our</b> water, and Oslo will not sign it in Copenhagen,” said Peter Holm, <!-- a note --> the Norwegian fisheries minister.</p><script>var x = "Anna Berg";</script>';

/** A live article, and a parsed copy of its content enriched (as content.js does with DOMParser). */
function setup(html = ARTICLE) {
  const doc = page(`<article>${html}</article>`);
  const article = doc.querySelector('article');
  const copy = page(enrich(article.innerHTML, {})).body;
  return { doc, article, copy };
}

/** linkedom has no Text.splitText: the node keeps the first `at` units, the rest follows it. */
function polyfill(doc) {
  const Text = doc.createTextNode('').constructor;
  if (!Text.prototype.splitText) {
    Text.prototype.splitText = function splitText(at) {
      const rest = this.ownerDocument.createTextNode(this.data.slice(at));
      this.data = this.data.slice(0, at);
      this.after(rest);
      return rest;
    };
  }
}

const texts = (el) => {
  const out = [];
  const walk = (n) => n.childNodes.forEach((c) => (c.nodeType === 3 ? out.push([c, c.data]) : walk(c)));
  walk(el);
  return out;
};

test('the spans land in the live tree as the string path wrote them, and come off leaving the same text nodes', () => {
  const { doc, article, copy } = setup();
  polyfill(doc);
  const before = article.innerHTML;
  const nodes = texts(article);
  const em = article.querySelector('em');
  const plan = planMarks(article, copy);
  assert.ok(plan && plan.length > 0);
  const record = applyMarks(plan);
  assert.equal(article.innerHTML, copy.innerHTML);
  assert.equal(article.querySelector('em'), em, 'the same element');
  assert.equal(article.querySelectorAll('span.ae-quote span.ae-place').length, 2, 'names inside a quote');
  assert.equal(article.querySelectorAll('b > span.ae-quote').length, 1, 'a quote\'s piece inside an inline element');
  assert.equal(article.querySelector('script').textContent, 'var x = "Anna Berg";', 'scripts are not entered');
  removeMarks(record);
  assert.equal(article.innerHTML, before);
  assert.deepEqual(texts(article), nodes, 'the same text nodes, with their text');
});

test('live text split over several nodes (a name cut in two) is marked, and each node comes back', () => {
  const { doc, article, copy } = setup();
  polyfill(doc);
  const p = article.querySelector('p');
  // "“We will not wait,” Anna Berg, …": cut inside "Anna Berg" and inside the quote.
  const first = p.firstChild;
  const rest = first.splitText(first.data.indexOf('Berg') - 2);
  rest.splitText(4);
  first.splitText(5);
  const nodes = texts(article);
  const record = applyMarks(planMarks(article, copy));
  assert.equal(article.innerHTML, copy.innerHTML);
  removeMarks(record);
  assert.deepEqual(texts(article), nodes);
});

test('trees that disagree are refused, with nothing touched', () => {
  const cases = {
    'text changed meanwhile': (a) => {
      a.querySelector('p').lastChild.data += ' Later.';
    },
    'an element more': (a) => a.querySelector('p').append(a.ownerDocument.createElement('i')),
    'an element of another name': (a) => a.querySelector('em').replaceWith(Object.assign(a.ownerDocument.createElement('i'), { textContent: 'Oslo' })),
    'a comment changed': (a) => {
      for (const n of a.querySelectorAll('p')[1].childNodes) if (n.nodeType === 8) n.data = ' other ';
    },
    'text where the copy has an element': (a) => a.querySelector('b').replaceWith('our'),
  };
  for (const [what, change] of Object.entries(cases)) {
    const { article, copy } = setup();
    change(article);
    const html = article.innerHTML;
    assert.equal(planMarks(article, copy), null, what);
    assert.equal(article.innerHTML, html, what);
  }
});

test('a span the page moved is still unwrapped; pieces no longer side by side are left as they are', () => {
  const { doc, article, copy } = setup();
  polyfill(doc);
  const record = applyMarks(planMarks(article, copy));
  const moved = article.querySelector('span.ae-person');
  article.append(moved);
  removeMarks(record);
  assert.equal(article.querySelector('span'), null);
  assert.ok(article.textContent.endsWith('Anna Berg'), 'the moved name stays where the page put it');
});
