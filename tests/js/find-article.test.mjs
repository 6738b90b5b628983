// www/find-article.js in Node: semantic markup first, else the
// readability-style score of paragraph-dense containers. There is no global
// `document` here, so these also show the module touches only the document it
// is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { findArticle, findSemantic, findByScore, tighten, leftOut } from '../../www/find-article.js';

/** A paragraph of about `n` characters, with `commas` commas after its first words. */
function para(n, commas = 0, word = 'words') {
  const words = 'Some plain '.repeat(Math.ceil(n / 11)).slice(0, n).trim().split(' ');
  for (let i = 0; i < commas; i++) words[i] += ',';
  return `<p>${words.join(' ')} ${word}.</p>`;
}
const paras = (k, n, commas, word) => Array.from({ length: k }, () => para(n, commas, word)).join('\n');
const idOf = (el) => (el ? el.id || el.localName : null);

test('there is no global document in these tests', () => {
  assert.equal(globalThis.document, undefined);
});

test('findSemantic picks, among several, the semantic element with the most prose', () => {
  const doc = page(`
    <article id="teaser">${paras(2, 200)}</article>
    <article id="story">${paras(6, 200)}</article>
    <main id="main-short"><p>Too short to count as a paragraph.</p></main>`);
  assert.equal(idOf(findSemantic(doc)), 'story');
});

test('findSemantic leaves out comment sections, navigation and asides', () => {
  const doc = page(`
    <article id="story">${paras(3, 200)}</article>
    <article id="comments" class="comments">${paras(10, 200)}</article>
    <nav><article id="in-nav">${paras(10, 200)}</article></nav>`);
  assert.equal(idOf(findSemantic(doc)), 'story');
});

test('findSemantic wants 250 characters of paragraph text', () => {
  assert.equal(findSemantic(page(`<article id="a">${paras(1, 200)}</article>`)), null, '200 characters');
  assert.equal(idOf(findSemantic(page(`<article id="a">${paras(2, 200)}</article>`))), 'a', '400 characters');
  // Paragraphs under 25 characters do not count at all.
  assert.equal(findSemantic(page(`<article id="a">${'<p>Short line, here.</p>'.repeat(40)}</article>`)), null);
});

test('findByScore: commas and length weigh, short lines do not', () => {
  // Each paragraph scores 1 + its commas + up to 3 for length (one per 100 characters):
  // "plain" 3 x (1 + 0 + 1) = 6, "commas" 3 x (1 + 5 + 1) = 21; the short lines, for
  // all their commas, are under 25 characters and score nothing.
  const doc = page(`
    <div id="plain">${paras(3, 120)}</div>
    <div id="commas">${paras(3, 120, 5)}</div>
    <div id="short">${'<p>a, b, c, d, e, f, g.</p>'.repeat(30)}</div>`);
  assert.equal(idOf(findByScore(doc)), 'commas');
  // Without the commas the longer paragraphs win: 3 x (1 + 3) = 12 against 4 x (1 + 1) = 8.
  const doc2 = page(`<div id="many">${paras(4, 150)}</div><div id="long">${paras(3, 320)}</div>`);
  assert.equal(idOf(findByScore(doc2)), 'long');
});

test('findByScore leaves out containers that read like navigation, ads or related links', () => {
  const doc = page(`
    <div id="sidebar" class="sidebar">${paras(8, 300, 4)}</div>
    <div id="related-links" class="related">${paras(8, 300, 4)}</div>
    <div id="body-text">${paras(3, 200, 1)}</div>`);
  assert.equal(idOf(findByScore(doc)), 'body-text');
  // ... unless the label also reads like content.
  const doc2 = page(`<div id="x" class="share article-content">${paras(4, 200)}</div>`);
  assert.equal(idOf(findByScore(doc2)), 'x');
});

test('findByScore takes the parent of an article split over sibling sections', () => {
  const doc = page(`
    <div id="wrap">
      <div id="part1">${paras(3, 200, 2)}</div>
      <div id="part2">${paras(3, 200, 1)}</div>
    </div>
    <div id="other">${paras(1, 100)}</div>`);
  assert.equal(idOf(findByScore(doc)), 'wrap');
});

test('findByScore returns null on a page without enough prose', () => {
  assert.equal(findByScore(page(`<div id="a">${paras(1, 120)}</div>`)), null);
  assert.equal(findByScore(page('<ul><li>Home</li><li>News</li></ul>')), null);
});

test('findArticle: semantic markup first, else the score', () => {
  const semantic = page(`<div id="big">${paras(8, 300, 3)}</div><article id="story">${paras(3, 200)}</article>`);
  assert.equal(idOf(findArticle(semantic)), 'story');
  const plain = page(`<div id="big">${paras(8, 300, 3)}</div><footer>${paras(9, 300, 3)}</footer>`);
  assert.equal(idOf(findArticle(plain)), 'big');
});

test('each call looks only at the document it is given', () => {
  const a = page(`<div id="in-a">${paras(3, 200, 2)}</div>`);
  const b = page(`<div id="in-b">${paras(3, 200, 2)}</div>`);
  const found = findByScore(b);
  assert.equal(idOf(found), 'in-b');
  assert.equal(found.ownerDocument, b);
  assert.equal(idOf(findByScore(a)), 'in-a');
});

test('tighten goes from a <main> down to the element that holds the story', () => {
  const doc = page(`
    <main id="main">
      <header id="head"><h1>A headline</h1><p class="byline">By Someone Writer, staff reporter at the paper</p></header>
      <div id="story"><div id="body">${paras(6, 220, 2)}</div></div>
      <ul id="related"><li><a href="/a">${'A related story with a long title '.repeat(2)}</a></li><li><a href="/b">Another related story, also long enough to count</a></li></ul>
    </main>`);
  assert.equal(idOf(tighten(doc.getElementById('main'))), 'body');
  // An article split over two sibling parts keeps their parent.
  const split = page(`<main id="main"><div id="both"><div id="p1">${paras(3, 200)}</div><div id="p2">${paras(3, 200)}</div></div><p>${'x'.repeat(50)}</p></main>`);
  assert.equal(idOf(tighten(split.getElementById('main'))), 'both');
  // Not down to a single paragraph, and not at all without enough prose.
  const one = page(`<article id="a"><div id="d"><p id="p">${'Some words. '.repeat(60)}</p></div></article>`);
  assert.equal(idOf(tighten(one.getElementById('a'))), 'd');
  const little = page('<article id="a"><div id="d"><p>Too little here to go by, really not enough.</p></div></article>');
  assert.equal(idOf(tighten(little.getElementById('a'))), 'a');
});

test('leftOut: captions, credits, bylines, share bars, related links and widgets, never the prose', () => {
  const doc = page(`
    <div id="a">
      <p class="byline" id="byline">By Someone Writer</p>
      <time id="time">Jan. 13, 2017</time>
      <figure id="fig"><img src="x.png"><figcaption>Benoit Tessier/Reuters, a photo caption long enough</figcaption></figure>
      ${paras(3, 200, 1)}
      <div class="photo-credit" id="credit">Photo: Jane Roe for the paper</div>
      <p id="link-p"><a href="/r">Related: a story elsewhere on the site with a long headline</a></p>
      <div id="player"><video></video><div>The priest saving the gang members</div></div>
      <div class="share-tools" id="share"><a href="#">Facebook</a><a href="#">Twitter</a></div>
      <div class="story-meta" id="wrap">${paras(4, 200)}</div>
      ${paras(2, 200, 1)}
    </div>`);
  const ids = leftOut(doc.getElementById('a')).map(idOf).sort();
  assert.deepEqual(ids, ['byline', 'credit', 'fig', 'link-p', 'player', 'share', 'time']);
});
