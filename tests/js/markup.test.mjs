// www/markup.js in Node: reading our spans as the Rust side writes them (the
// markup contract) and composing the tooltip text from their fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { ATTR, CLASS, SPAN_SELECTOR, isOurSpan, closestOurSpan, ourSpans, readSpan, summary, tooltipText, kindClass, kindColor, mentionsOf, quotesBy, piecesOf, attrIs, arrangeMarks } from '../../www/markup.js';

// Spans exactly as the Rust side emits them: attributes in contract order,
// values HTML-escaped.
const ARTICLE = `<article>
<p><span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-role="Danish foreign minister" data-ae-mentions="2" data-ae-quotes="1" tabindex="0">Anna Berg</span>
left <span class="ae ae-place" data-ae-id="m2" data-ae-kind="place" data-ae-ref="e2" data-ae-name="Oslo" data-ae-mentions="1" tabindex="0">Oslo</span>.
&ldquo;<span class="ae ae-quote" data-ae-id="q1" data-ae-kind="quote" data-ae-speaker="e1" data-ae-name="Anna Berg" data-ae-role="Danish foreign minister" data-ae-quotes="1" tabindex="0">We will be back</span>,&rdquo;
<span class="ae ae-person" data-ae-id="m3" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-role="Danish foreign minister" data-ae-mentions="2" data-ae-quotes="1" tabindex="0"><b>Ms</b></span><span class="ae ae-person" data-ae-id="m3" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-role="Danish foreign minister" data-ae-mentions="2" data-ae-quotes="1" tabindex="0"> Berg</span> said.</p>
<p>&ldquo;<span class="ae ae-quote" data-ae-id="q2" data-ae-kind="quote" data-ae-role="a spokesman" tabindex="0">No comment</span>,&rdquo; a spokesman said.
&ldquo;<span class="ae ae-quote" data-ae-id="q3" data-ae-kind="quote" tabindex="0">Nobody knows</span>.&rdquo;
<span class="ae ae-organization" data-ae-id="m4" data-ae-kind="organization" data-ae-ref="e3" data-ae-name="AT&amp;T" data-ae-role="&quot;Ma Bell&quot; &lt;telecoms&gt;" data-ae-mentions="1" tabindex="0">AT&amp;T</span></p>
<p class="legend"><span class="ae ae-person">person</span> <div data-ae-id="m9">not a span</div></p>
</article>`;

const doc = page(ARTICLE);
const byId = (id) => doc.querySelector(`span[data-ae-id="${id}"]`);

test('isOurSpan is true for our spans and false for look-alikes and non-elements', () => {
  assert.equal(isOurSpan(byId('m1')), true);
  assert.equal(isOurSpan(byId('q3')), true);
  assert.equal(isOurSpan(doc.querySelector('.legend .ae')), false, 'a legend span with our classes but no id');
  assert.equal(isOurSpan(doc.querySelector('div[data-ae-id]')), false, 'not a span');
  const own = page('<span data-ae-id="x1">the page\'s own</span><span class="ae" data-ae-id="x2">no kind</span>');
  assert.deepEqual([...own.querySelectorAll('span')].map(isOurSpan), [false, false], "a page's own span[data-ae-id]");
  assert.equal(own.querySelectorAll(SPAN_SELECTOR).length, 0, 'SPAN_SELECTOR agrees with isOurSpan');
  assert.equal(isOurSpan(byId('m1').firstChild), false, 'a text node');
  assert.equal(isOurSpan(null), false);
  assert.equal(isOurSpan(undefined), false);
});

test('readSpan gives every field of a mention with a role and quotes', () => {
  assert.deepEqual(readSpan(byId('m1')), {
    id: 'm1', kind: 'person', isQuote: false, ref: 'e1', speaker: null,
    name: 'Anna Berg', role: 'Danish foreign minister', mentions: 2, quotes: 1,
  });
});

test('readSpan: a mention without role or quotes has role null and quotes 0', () => {
  assert.deepEqual(readSpan(byId('m2')), {
    id: 'm2', kind: 'place', isQuote: false, ref: 'e2', speaker: null,
    name: 'Oslo', role: null, mentions: 1, quotes: 0,
  });
});

test('readSpan reads quotes by a named, a described and an unknown speaker', () => {
  const named = readSpan(byId('q1'));
  assert.deepEqual([named.kind, named.isQuote, named.speaker, named.name, named.role, named.quotes, named.ref, named.mentions],
    ['quote', true, 'e1', 'Anna Berg', 'Danish foreign minister', 1, null, null]);
  const described = readSpan(byId('q2'));
  assert.deepEqual([described.speaker, described.name, described.role, described.quotes], [null, null, 'a spokesman', 0]);
  const unknown = readSpan(byId('q3'));
  assert.deepEqual([unknown.speaker, unknown.name, unknown.role, unknown.quotes], [null, null, null, 0]);
});

test('readSpan gives escaped attribute values back as plain text', () => {
  const f = readSpan(byId('m4'));
  assert.equal(f.name, 'AT&T');
  assert.equal(f.role, '"Ma Bell" <telecoms>');
  assert.equal(summary(f), 'AT&T · organization · "Ma Bell" <telecoms> · 1 mention');
});

test('readSpan returns null for anything that is not our span', () => {
  assert.equal(readSpan(doc.querySelector('.legend .ae')), null);
  assert.equal(readSpan(null), null);
});

test('readSpan: a count that is not a whole number reads as absent', () => {
  const d = page('<span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" data-ae-name="X" data-ae-mentions="two" data-ae-quotes="-1" tabindex="0">X</span>');
  const f = readSpan(d.querySelector('span'));
  assert.equal(f.mentions, null);
  assert.equal(f.quotes, 0);
  assert.equal(summary(f), 'X · person');
});

test('summary composes the one-line text of mentions', () => {
  assert.equal(summary(readSpan(byId('m1'))), 'Anna Berg · person · Danish foreign minister · 1 quote');
  assert.equal(summary(readSpan(byId('m2'))), 'Oslo · place · 1 mention');
  assert.equal(summary({ kind: 'person', isQuote: false, name: 'Ingrid Solberg', role: 'Norwegian energy minister', mentions: 7, quotes: 4 }),
    'Ingrid Solberg · person · Norwegian energy minister · 4 quotes');
  assert.equal(summary({ kind: 'date', isQuote: false, name: 'Monday', role: null, mentions: 3, quotes: 0 }), 'Monday · date · 3 mentions');
});

test('summary composes the one-line text of quotes', () => {
  assert.equal(summary(readSpan(byId('q1'))), 'quote · Anna Berg · Danish foreign minister · 1 quote');
  assert.equal(summary(readSpan(byId('q2'))), 'quote · a spokesman (not named)');
  assert.equal(summary(readSpan(byId('q3'))), 'quote · speaker not named');
  assert.equal(summary({ kind: 'quote', isQuote: true, name: 'Lars Eng', role: null, mentions: null, quotes: 3 }), 'quote · Lars Eng · 3 quotes');
});

test('tooltipText splits the same fields into a title and a details line', () => {
  assert.deepEqual(tooltipText(readSpan(byId('m1'))), { title: 'Anna Berg', meta: 'person · Danish foreign minister · 1 quote' });
  assert.deepEqual(tooltipText(readSpan(byId('q1'))), { title: 'Said by Anna Berg', meta: 'Danish foreign minister · 1 quote' });
  assert.deepEqual(tooltipText(readSpan(byId('q2'))), { title: 'Said by a spokesman (not named)', meta: '' });
  assert.deepEqual(tooltipText(readSpan(byId('q3'))), { title: 'Speaker not named', meta: '' });
});

test('mentionsOf and quotesBy give one element per mention or quote, in document order', () => {
  const scope = doc.querySelector('article');
  assert.deepEqual(mentionsOf(scope, 'e1').map((s) => s.getAttribute('data-ae-id')), ['m1', 'm3']);
  assert.deepEqual(quotesBy(scope, 'e1').map((s) => s.getAttribute('data-ae-id')), ['q1']);
  assert.deepEqual(quotesBy(scope, 'e2'), []);
  assert.equal(piecesOf(scope, 'm3').length, 2, 'a mention split over two pieces');
  assert.equal(scope.querySelectorAll(SPAN_SELECTOR).length, 8);
});

test('the names follow the one prefix', () => {
  assert.equal(ATTR.id, 'data-ae-id');
  assert.equal(ATTR.speaker, 'data-ae-speaker');
  assert.equal(CLASS.tooltip, 'ae-tooltip');
  assert.equal(kindClass('person'), 'ae-person');
  assert.equal(kindColor('place'), 'var(--ae-place)');
  assert.equal(kindColor('other'), 'var(--ae-quote)', 'enrich.css gives other the quotes\' grey');
  assert.equal(attrIs(ATTR.ref, 'a"b\\c'), '[data-ae-ref="a\\"b\\\\c"]');
});

// The same cases as src/markup.rs `only_what_we_write_is_ours`: isOurSpan is
// the Rust side's is_ours, read from the DOM.
const span = (attrs) => page(`<span ${attrs.map(([n, v]) => `${n}="${v}"`).join(' ')}>x</span>`).querySelector('span');
const BASE = [
  ['class', 'ae ae-person'], ['data-ae-id', 'm4'], ['data-ae-kind', 'person'], ['data-ae-ref', 'e3'],
  ['data-ae-name', 'Ingrid Solberg'], ['data-ae-mentions', '7'], ['tabindex', '0'],
];
const edit = (f) => {
  const v = BASE.map((a) => [...a]);
  f(v);
  return v;
};

test('isOurSpan accepts exactly what the Rust side writes', () => {
  assert.equal(isOurSpan(span(BASE)), true);
  assert.equal(isOurSpan(span([['class', 'ae ae-quote'], ['data-ae-id', 'q1'], ['data-ae-kind', 'quote'], ['tabindex', '0']])), true);
  for (const kind of ['organization', 'place', 'group', 'date', 'number', 'other']) {
    assert.equal(isOurSpan(span(edit((v) => { v[0][1] = `ae ae-${kind}`; v[2][1] = kind; }))), true, kind);
  }
});

test('isOurSpan refuses look-alikes: another kind, id form, order, class or attribute', () => {
  const refused = {
    'the page\'s byline': [['data-ae-id', 'author-7'], ['class', 'byline']],
    'class not first': [['class', 'byline'], ['data-ae-id', 'm1']],
    'kind disagrees with the class': edit((v) => { v[2][1] = 'place'; }),
    'a quote id on a mention': edit((v) => { v[1][1] = 'q4'; }),
    'an id with letters': edit((v) => { v[1][1] = 'm4x'; }),
    'an id with no digits': edit((v) => { v[1][1] = 'm'; }),
    'non-ASCII digits': edit((v) => { v[1][1] = 'm٤'; }),
    'fields out of order': edit((v) => { [v[3], v[4]] = [v[4], v[3]]; }),
    'a style attribute': edit((v) => { v.splice(5, 0, ['style', 'color:red']); }),
    'an event handler at the end': edit((v) => { v.push(['onclick', 'x()']); }),
    'no tabindex': BASE.slice(0, 6),
    'tabindex not 0 (nor the widget\'s -1)': edit((v) => { v[6][1] = '1'; }),
    'a kind of the page\'s': edit((v) => { v[0][1] = 'ae ae-x,url(//host/track.png)'; v[2][1] = 'x,url(//host/track.png)'; }),
    'an extra class of the page\'s': edit((v) => { v[0][1] = 'ae ae-person comment'; }),
    'the tip as an attribute (an older markup)': edit((v) => { v.splice(6, 0, ['data-ae-tip', 'Anna Berg · foreign minister']); }),
    'an aria-describedby of the page\'s': edit((v) => { v.push(['aria-describedby', 'site-note']); }),
  };
  for (const [why, attrs] of Object.entries(refused)) assert.equal(isOurSpan(span(attrs)), false, why);
  const svg = page('<svg><span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" tabindex="0">x</span></svg>').querySelector('span');
  if (svg.namespaceURI !== 'http://www.w3.org/1999/xhtml') assert.equal(isOurSpan(svg), false, 'not an HTML span');
});

test("isOurSpan allows the widget's own state: ae-active, ae-flash and aria-describedby naming our tooltip", () => {
  assert.equal(isOurSpan(span(edit((v) => { v[0][1] = 'ae ae-person ae-active'; }))), true);
  assert.equal(isOurSpan(span(edit((v) => { v[0][1] = 'ae ae-person ae-flash ae-active'; v.push(['aria-describedby', 'ae-tooltip-k3x9a0']); }))), true);
  assert.equal(isOurSpan(span(edit((v) => { v.push(['aria-describedby', 'ae-tooltip-k3x9a0-d']); }))), true, 'the description inside our tooltip');
  assert.equal(isOurSpan(span(edit((v) => { v[6][1] = '-1'; }))), true, 'tabindex -1: not a Tab stop (arrangeMarks)');
});

test('arrangeMarks: one Tab stop per entity and per quote, over all the roots; the rest -1', () => {
  const d = page(`<div id="a">${ARTICLE}</div><div id="b"><span class="ae ae-person" data-ae-id="m9" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-mentions="3" tabindex="0">Berg</span></div>`);
  arrangeMarks([d.getElementById('a'), d.getElementById('b')]);
  const stops = [...d.querySelectorAll('span[tabindex="0"]')].map((s) => s.getAttribute('data-ae-id'));
  // m1 (Anna Berg, e1) and its later mention m3 (two pieces) and m9: only m1; every quote; Oslo; AT&T.
  assert.deepEqual(stops, ['m1', 'm2', 'q1', 'q2', 'q3', 'm4']);
  assert.deepEqual([...d.querySelectorAll('span[tabindex="-1"]')].map((s) => s.getAttribute('data-ae-id')), ['m3', 'm3', 'm9']);
  assert.ok([...d.querySelectorAll('span[data-ae-id]')].every(isOurSpan), 'still ours');
  // Calm marks: Anna Berg's later mention in the same section, both its pieces, faintly.
  assert.deepEqual([...d.querySelectorAll('.ae-again')].map((s) => s.getAttribute('data-ae-id')), ['m3', 'm3', 'm9']);
  // A kind turned off: no Tab stop; a heading starts a new section.
  const h = page(`<div id="a">${ARTICLE.replace('<p>&ldquo;', '<h2>Next</h2><p>&ldquo;')}</div>`);
  arrangeMarks([h.getElementById('a')], ['place', 'quote']);
  assert.deepEqual([...h.querySelectorAll('span[tabindex="0"]')].map((s) => s.getAttribute('data-ae-id')), ['m1', 'm4']);
  assert.deepEqual([...h.querySelectorAll('.ae-again')].map((s) => s.getAttribute('data-ae-id')), ['m3', 'm3']);
  // A name in a headline, then in the text below it: both clear.
  const o = (id, text) => `<span class="ae ae-place" data-ae-id="${id}" data-ae-kind="place" data-ae-ref="e2" data-ae-name="Oslo" data-ae-mentions="3" tabindex="0">${text}</span>`;
  const hl = page(`<article id="a"><h1>Talks in ${o('m1', 'Oslo')}</h1><p>In ${o('m2', 'Oslo')}, again ${o('m3', 'Oslo')}.</p></article>`);
  arrangeMarks([hl.getElementById('a')]);
  assert.deepEqual([...hl.querySelectorAll('.ae-again')].map((s) => s.getAttribute('data-ae-id')), ['m3']);
});

test('closestOurSpan passes over a look-alike to our span around it, and ourSpans skips look-alikes', () => {
  const d = page('<p><span class="ae ae-quote" data-ae-id="q1" data-ae-kind="quote" tabindex="0">We <span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" style="x">fake</span> go</span> <span class="ae ae-person" data-ae-id="m2" data-ae-kind="person" data-ae-name="X">fake</span></p>');
  const fake = d.querySelectorAll('span')[1];
  assert.equal(closestOurSpan(fake.firstChild).getAttribute('data-ae-id'), 'q1');
  assert.equal(closestOurSpan(d.querySelectorAll('span')[2]), null);
  assert.deepEqual(ourSpans(d).map((s) => s.getAttribute('data-ae-id')), ['q1']);
});

test('kindColor is a fixed table: a page string never reaches CSS', () => {
  for (const k of ['x,url(//host/track.png)', 'person)', '__proto__', 'constructor', 'toString', '', null, undefined, 7]) {
    assert.equal(kindColor(k), 'var(--ae-quote)', String(k));
  }
  assert.equal(kindColor('organization'), 'var(--ae-organization)');
});
