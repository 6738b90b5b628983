// www/markup.js in Node: reading our spans as the Rust side writes them (the
// markup contract) and composing the tooltip text from their fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { ATTR, CLASS, SPAN_SELECTOR, isOurSpan, readSpan, summary, tooltipText, kindClass, kindColor, mentionsOf, quotesBy, piecesOf, attrIs } from '../../www/markup.js';

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
  const d = page('<span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" data-ae-name="X" data-ae-mentions="two" data-ae-quotes="-1">X</span>');
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
