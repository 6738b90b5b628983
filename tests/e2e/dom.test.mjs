// The in-place DOM path (enrichElement / unenrich) in Chromium: it touches text
// nodes only, so listeners keep firing and iframes are not reloaded, and
// unenrich gives back the original nodes exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);

async function open() {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}tests/e2e/fixtures/dom.html`);
  await page.waitForFunction(() => document.getElementById('f').contentDocument?.body?.textContent.includes('Inside'));
  return { page, errors };
}

test('listeners keep firing, iframes stay loaded, unenrich restores every node', async () => {
  const { page, errors } = await open();
  const result = await page.evaluate(async () => {
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    const p1 = document.getElementById('p1');
    window.clicks = 0;
    p1.addEventListener('click', () => window.clicks++);
    const frame = document.getElementById('f');
    frame.contentWindow.marker = 'kept';
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    const snapshot = a.cloneNode(true);
    const html = a.innerHTML;
    const firstText = p1.firstChild;
    const ok = await enrichElement(a);
    const spans = a.querySelectorAll('[data-ae-id]').length;
    const inLink = !!a.querySelector('#p3 a > span.ae-person');
    const aroundLink = !!a.querySelector('span.ae > a');
    const skipped = [...a.querySelectorAll('[data-ae="off"] .ae, pre .ae')].length;
    a.querySelector('#p1 .ae-person').click();
    await new Promise((r) => setTimeout(r, 300));
    const frameKept = frame.contentWindow.marker === 'kept';
    const restored = await unenrichElement(a);
    return {
      ok, spans, inLink, aroundLink, skipped, clicks: window.clicks, frameKept, loads, restored,
      equal: a.isEqualNode(snapshot), sameHtml: a.innerHTML === html, sameFirstNode: p1.firstChild === firstText,
      leftovers: a.querySelectorAll('[data-ae-id]').length,
    };
  });
  assert.equal(result.ok, true);
  assert.ok(result.spans > 5, `only ${result.spans} spans`);
  assert.equal(result.inLink, true, 'a mention inside a link is wrapped inside it');
  assert.equal(result.aroundLink, false, 'never around a link');
  assert.equal(result.skipped, 0, 'opted-out and code content untouched');
  assert.equal(result.clicks, 1, 'the paragraph listener fired');
  assert.equal(result.frameKept, true, 'the iframe was not reloaded');
  assert.equal(result.loads, 0, 'no load event after enrichment');
  assert.ok(result.restored > 0);
  assert.equal(result.equal, true, 'unenrich: DOM equal to the original');
  assert.equal(result.sameHtml, true);
  assert.equal(result.sameFirstNode, true, 'the original text node is back in place');
  assert.equal(result.leftovers, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('astral characters and lone surrogates survive a round trip exactly', async () => {
  const { page, errors } = await open();
  const result = await page.evaluate(async () => {
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const p = document.createElement('p');
    const original = 'Anna Berg \uD800 met \uD835\uDCB3 Peter Holm in Oslo \uDFFF.';
    p.append(document.createTextNode(original));
    document.body.append(p);
    await enrichElement(p);
    const marked = [...p.querySelectorAll('.ae')].map((s) => s.textContent);
    await unenrichElement(p);
    return { marked, same: p.firstChild.data === original, nodes: p.childNodes.length };
  });
  assert.ok(result.marked.includes('Peter Holm') && result.marked.includes('Oslo'), result.marked.join('|'));
  assert.equal(result.same, true);
  assert.equal(result.nodes, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a second enrichElement leaves what is done alone', async () => {
  const { page } = await open();
  const counts = await page.evaluate(async () => {
    const { enrichElement } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    await enrichElement(a);
    const first = a.querySelectorAll('[data-ae-id]').length;
    await enrichElement(a);
    return [first, a.querySelectorAll('[data-ae-id]').length];
  });
  assert.equal(counts[0], counts[1]);
  await page.close();
});

/** In the page: the raw module, and the text nodes of an element with their text. */
async function raw(page) {
  await page.evaluate(async () => {
    const m = await import('/www/pkg/article_enrich.js');
    await m.default();
    const texts = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n, n.data]);
      return out;
    };
    window.__t = { m, texts };
  });
}

test('a tree the page changes between the walk and the plan is left as the page made it', async () => {
  const { page, errors } = await open();
  await raw(page);
  const r = await page.evaluate(async () => {
    const { m } = window.__t;
    const a = document.getElementById('a');
    const p1 = document.getElementById('p1');
    const expected = a.cloneNode(true);
    expected.querySelector('#p1').firstChild.data += ' Later, Karin Lund spoke.';
    // A page whose getAttribute changes p1's text (read earlier in the walk)
    // when the walk reads p3's attributes.
    const getAttribute = Element.prototype.getAttribute;
    let changed = false;
    Element.prototype.getAttribute = function (name) {
      if (this.id === 'p3' && !changed) {
        changed = true;
        p1.firstChild.data += ' Later, Karin Lund spoke.';
      }
      return getAttribute.call(this, name);
    };
    let error = null;
    try {
      m.enrichElement(a);
    } catch (e) {
      error = e.message;
    }
    Element.prototype.getAttribute = getAttribute;
    const rawSame = a.isEqualNode(expected);
    const spans = a.querySelectorAll('span.ae').length;
    // The same through the public wrapper (and its guard).
    p1.firstChild.data = p1.firstChild.data.replace(' Later, Karin Lund spoke.', '');
    expected.querySelector('#p1').firstChild.data = p1.firstChild.data;
    changed = false;
    Element.prototype.getAttribute = function (name) {
      if (this.id === 'p3' && !changed) {
        changed = true;
        p1.firstChild.data += ' Later, Karin Lund spoke.';
        expected.querySelector('#p1').firstChild.data += ' Later, Karin Lund spoke.';
      }
      return getAttribute.call(this, name);
    };
    // The wrapper inserts in slices: the changed node is left alone, the rest is enriched.
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const ok = await enrichElement(a);
    Element.prototype.getAttribute = getAttribute;
    const p1Spans = p1.querySelectorAll('span.ae').length;
    const guardedSpans = a.querySelectorAll('span.ae').length;
    await unenrichElement(a);
    return { changed, error, rawSame, spans, ok, p1Spans, guardedSpans, guardedSame: a.isEqualNode(expected) };
  });
  assert.ok(r.changed, 'the page did change the tree during the walk');
  assert.match(r.error, /changed while it was read; it was left unchanged/);
  assert.equal(r.spans, 0);
  assert.ok(r.rawSame, "the element as the page made it, and nothing of ours");
  assert.equal(r.ok, true);
  assert.equal(r.p1Spans, 0, 'in slices, the changed node is left alone');
  assert.ok(r.guardedSpans > 0, 'and the rest is enriched');
  assert.ok(r.guardedSame, "unenrich gives the element back with the page's change");
  assert.deepEqual(errors, []);
  await page.close();
});

test('in slices, text nodes the page changes, removes or moves between slices are left alone, and unenrich restores the rest', async () => {
  const { page, errors } = await open();
  await raw(page);
  const r = await page.evaluate(async () => {
    const { m, texts } = window.__t;
    const a = document.getElementById('a');
    const before = texts(a);
    const p1Text = document.getElementById('p1').firstChild;
    const p2 = document.getElementById('p2');
    const p3Text = document.getElementById('p3').firstChild;
    // sliceMs 0: a slice per text node. After the first slice (a mutation
    // of ours), the page edits p3's first text node.
    let slicesSeen = 0;
    const observer = new MutationObserver(() => {
      if (slicesSeen++ === 0) p3Text.data = 'Someone else met ';
    });
    observer.observe(a, { childList: true, subtree: true });
    const run = m.enrichElementInSlices(a, undefined, 0);
    // Before any slice: p1's text is edited and p2 is taken out.
    p1Text.data = 'Edited by the page: Anna Berg stays plain.';
    p2.remove();
    const n = await run;
    observer.disconnect();
    const spanIn = (el) => el.querySelectorAll('span.ae').length;
    const out = {
      n,
      slicesSeen,
      p1: spanIn(document.getElementById('p1')),
      p2: spanIn(p2),
      p3first: document.getElementById('p3').firstChild === p3Text && p3Text.data === 'Someone else met ',
      others: spanIn(a),
      text: a.textContent,
    };
    const restored = m.unenrich(a);
    const after = texts(a);
    const edited = new Map([[p1Text, 'Edited by the page: Anna Berg stays plain.'], [p3Text, 'Someone else met ']]);
    const expected = before.filter(([node]) => a.contains(node) || !p2.contains(node)).map(([node, data]) => [node, edited.get(node) ?? data]);
    out.restored = restored;
    out.sameNodes = after.length === expected.length && after.every(([node, data], i) => node === expected[i][0] && data === expected[i][1]);
    out.textSame = a.textContent === out.text;
    out.left = spanIn(a);
    return out;
  });
  assert.ok(r.slicesSeen > 1, 'the run yielded between slices');
  assert.ok(r.n > 0 && r.others > 0, 'the rest is enriched');
  assert.equal(r.p1, 0, 'the edited node is left alone');
  assert.equal(r.p2, 0, 'the removed paragraph is left alone');
  assert.ok(r.p3first, 'the node edited between slices is left as the page made it');
  assert.ok(r.restored > 0 && r.left === 0);
  assert.ok(r.sameNodes, 'the original text nodes, with the text the page gave them');
  assert.ok(r.textSame);
  assert.deepEqual(errors, []);
  await page.close();
});

test('unenrich while slices are running stops the run; a slice that fails takes its run out', async () => {
  const { page, errors } = await open();
  await raw(page);
  const r = await page.evaluate(async () => {
    const { m, texts } = window.__t;
    const a = document.getElementById('a');
    const snapshot = a.cloneNode(true);
    const before = texts(a);
    const same = () => {
      const now = texts(a);
      return a.isEqualNode(snapshot) && now.length === before.length && now.every(([n, d], i) => n === before[i][0] && d === before[i][1]);
    };
    // 1. unenrich between slices: after the first slice.
    const full = m.enrichElement(a.cloneNode(true));
    let partial = null;
    const observer = new MutationObserver(() => {
      if (partial !== null) return;
      partial = a.querySelectorAll('span.ae').length;
      m.unenrich(a);
    });
    observer.observe(a, { childList: true, subtree: true });
    const n = await m.enrichElementInSlices(a, undefined, 0);
    observer.disconnect();
    const stopped = { full, partial, n, spans: a.querySelectorAll('span.ae').length, same: same() };
    // 2. A slice that throws: the page's splitText fails on p3's first text node.
    const p3Text = document.getElementById('p3').firstChild;
    const splitText = Text.prototype.splitText;
    Text.prototype.splitText = function (at) {
      if (this === p3Text) throw new Error('the page refuses');
      return splitText.call(this, at);
    };
    let error = null;
    try {
      await m.enrichElementInSlices(a, undefined, 0);
    } catch (e) {
      error = e.message;
    }
    Text.prototype.splitText = splitText;
    return { stopped, error, spans: a.querySelectorAll('span.ae').length, same: same(), restored: m.unenrich(a) };
  });
  assert.ok(r.stopped.same && r.stopped.spans === 0, 'nothing is inserted after unenrich');
  assert.ok(r.stopped.partial > 0 && r.stopped.n < r.stopped.full, `the run stopped early (${r.stopped.n} of ${r.stopped.full} spans)`);
  assert.equal(r.error, 'the page refuses');
  assert.equal(r.spans, 0, "the failed run's spans are taken out");
  assert.ok(r.same, 'the element as it was, node for node');
  assert.equal(r.restored, 0, 'no record is left behind');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the selection stays on the same characters through enrichElement, enrichElementInSlices and unenrich', async () => {
  const { page, errors } = await open();
  await raw(page);
  const r = await page.evaluate(async () => {
    const { m } = window.__t;
    const a = document.getElementById('a');
    const t = document.getElementById('p1').firstChild; // "Anna Berg, the Danish foreign minister, said the talks in Oslo had gone well."
    const sel = getSelection();
    // Backwards, from inside "Oslo" to inside "Anna Berg".
    sel.setBaseAndExtent(t, t.data.indexOf('Oslo') + 2, t, 2);
    const want = sel.toString();
    const state = () => ({ text: sel.toString(), backwards: sel.anchorNode.compareDocumentPosition(sel.focusNode) & Node.DOCUMENT_POSITION_PRECEDING ? true : sel.anchorNode === sel.focusNode && sel.anchorOffset > sel.focusOffset });
    const out = { want };
    m.enrichElement(a);
    out.enriched = { ...state(), inSpan: !!sel.anchorNode.parentElement.closest('span.ae') };
    m.unenrich(a);
    out.restored = { ...state(), node: sel.anchorNode === t && sel.focusNode === t };
    await m.enrichElementInSlices(a, undefined, 0);
    out.sliced = state();
    m.unenrich(a);
    out.again = state();
    return out;
  });
  assert.ok(r.want.length > 20, r.want);
  assert.deepEqual(r.enriched, { text: r.want, backwards: true, inSpan: true });
  assert.deepEqual(r.restored, { text: r.want, backwards: true, node: true }, 'back in the original text node');
  assert.deepEqual(r.sliced, { text: r.want, backwards: true });
  assert.deepEqual(r.again, { text: r.want, backwards: true });
  assert.deepEqual(errors, []);
  await page.close();
});
