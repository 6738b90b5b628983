// www/panel.js in Node: who said what, read from our spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './dom.mjs';
import { groups } from '../../www/panel.js';

const quote = (id, attrs, text) => `<span class="ae ae-quote" data-ae-id="${id}" data-ae-kind="quote" ${attrs} tabindex="0">${text}</span>`;

test('quotes go to their named speaker, to the description the text gives, or to nobody', () => {
  const doc = page(`<article><p>
    <span class="ae ae-person" data-ae-id="m1" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-mentions="1" data-ae-quotes="1" tabindex="0">Anna Berg</span>
    ${quote('q1', 'data-ae-speaker="e1" data-ae-name="Anna Berg" data-ae-quotes="1"', 'We will be back')}
    ${quote('q2', 'data-ae-role="a spokeswoman for the port"', 'No ships today')}
    ${quote('q3', 'data-ae-role="A spokeswoman for the port"', 'Nor tomorrow')}
    ${quote('q4', 'data-ae-role="a senior source"', 'It is over')}
    ${quote('q5', '', 'Nobody knows')}
  </p></article>`);
  const g = groups([doc.querySelector('article')]);
  assert.deepEqual(g.entities.map((e) => [e.name, e.quotes.map((q) => q.text)]), [['Anna Berg', ['We will be back']]]);
  // One group per description, whatever its case; never a borrowed name.
  assert.deepEqual(g.described.map((d) => [d.name, d.quotes.map((q) => q.text)]), [
    ['a spokeswoman for the port', ['No ships today', 'Nor tomorrow']],
    ['a senior source', ['It is over']],
  ]);
  assert.deepEqual(g.unnamed.map((q) => q.text), ['Nobody knows']);
});
