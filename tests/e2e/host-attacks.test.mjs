// A careless or hostile host page, in Chromium: each attack of issue 12 on the
// JS side reproduced with the real module, and the fix asserted. Where the
// unguarded module or the old code shows the bug, the test shows it too, so
// each check can fail.
//   2  a failing call (bad kinds, a limit, a panic) after a good one
//   6  content enriched later: ids unique page-wide, the right speaker, the
//      panel and the tooltip's links across all enriched parts
//   9  look-alike spans: no tooltip, no CSS from page strings, no request
//   12 frozen, sealed, non-extensible elements; Element.prototype.__articleEnrichKey
//      (fixed in the module itself now: its records are in a WeakMap)
//   13 DOM clobbering of window.articleEnrichConfig; a page's own window.articleEnrich
//   14 lone surrogates through the string path
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { useBrowser, watchErrors, root } from './browser.mjs';

const env = useBrowser(before, after);
const FAULT_PKG = 'tests/e2e/.pkg-fault';

// Item 6 needs the Rust side's page-wide ids; until that commit is in the
// history its tests are marked todo (run, reported, not failing the suite).
const pageWideIds = execFileSync('git', ['log', '--oneline', '-i', '--grep', 'ids unique page-wide'], { cwd: root, encoding: 'utf8' }).trim() !== '';
const ITEM_6 = pageWideIds ? {} : { todo: 'until the Rust side numbers ids page-wide (a commit "ids unique page-wide")' };

before(() => {
  // The test-only build whose faultInjectPanicAfter(n) makes the (n+1)-th span panic (as panic.test.mjs).
  execFileSync('wasm-pack', ['build', '--dev', '--target', 'web', '--no-typescript', '--no-pack', '--out-dir', path.join(root, FAULT_PKG), '--', '--features', 'fault-injection'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
});

const ARTICLE = `<article id="a">
  <h1>Talks stall in Geneva</h1>
  <p id="p1">Talks stall in Geneva. Anna Berg, the Danish foreign minister, met Peter Holm in Oslo on Monday.</p>
  <p id="p2">&ldquo;We will not wait,&rdquo; Ms Berg said. By <span data-ae-id="author-7" class="byline">Jane Doe</span>.</p>
</article>`;

/** A page of ours at `name`, holding `body` (and `head`). Every request elsewhere is counted and refused. */
async function hostPage(name, body, { head = '', context: options = {} } = {}) {
  const context = await env.browser.newContext(options);
  const outside = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(env.server.url) || u.startsWith('data:')) return route.continue();
    outside.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const url = `${env.server.url}host/${name}.html`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${head}</head><body>${body}</body></html>` }));
  const errors = watchErrors(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(url);
  return { context, page, errors, warnings, outside };
}

/** In the page: helpers on window.__t (text nodes with their text, and the module). */
async function helpers(page, pkg = '/www/pkg') {
  await page.evaluate(async (pkg) => {
    const wasm = await import(`${pkg}/article_enrich.js`);
    await wasm.default();
    const guard = await import('/www/guard.js');
    const texts = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n, n.data]);
      return out;
    };
    const sameTexts = (a, b) => a.length === b.length && a.every(([n, d], i) => n === b[i][0] && d === b[i][1]);
    window.__t = { wasm, guard, texts, sameTexts };
  }, pkg);
}

// ---- item 2 -------------------------------------------------------------

test('2: a failing call after a good one (bad kinds, a byte limit, a depth limit) changes nothing: text, earlier spans, the page\'s own span', async () => {
  const { context, page, warnings } = await hostPage('failing-call', ARTICLE);
  await helpers(page);
  const r = await page.evaluate(async () => {
    const { enrichElement, unenrichElement } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    const original = a.cloneNode(true);
    const originalText = a.textContent;
    const first = await enrichElement(a);
    const afterFirst = a.innerHTML;
    const nodes = window.__t.texts(a);
    const byline = a.querySelector('[data-ae-id="author-7"]');
    const runs = {};
    for (const [name, opts] of Object.entries({ nope: { kinds: 'nope' }, bytes: { maxInputBytes: 10 }, depth: { maxDepth: 1 } })) {
      const ok = await enrichElement(a, opts);
      runs[name] = { ok, same: a.innerHTML === afterFirst, text: a.textContent === originalText, nodes: window.__t.sameTexts(window.__t.texts(a), nodes) };
    }
    const bylineKept = a.querySelector('[data-ae-id="author-7"]') === byline && byline.textContent === 'Jane Doe';
    await unenrichElement(a);
    return { first, runs, bylineKept, back: a.isEqualNode(original), spans: a.querySelectorAll('span.ae').length };
  });
  assert.equal(r.first, true);
  for (const [name, run] of Object.entries(r.runs)) {
    assert.equal(run.ok, false, name);
    assert.ok(run.same && run.text && run.nodes, `${name}: the page as after the first call, node for node`);
  }
  assert.ok(r.bylineKept, "the page's own span[data-ae-id] stays, the same element");
  assert.ok(r.back, 'unenrich then gives the original back');
  assert.equal(r.spans, 0);
  assert.equal(warnings.filter((w) => /page left unchanged/.test(w)).length, 3, 'one console line per failed call');
  await context.close();
});

test('2: a panic in a second call (fault-injection build) puts back exactly what the first call left', async () => {
  const { context, page } = await hostPage('panic-second-call', ARTICLE);
  await helpers(page, `/${FAULT_PKG}`);
  const r = await page.evaluate(() => {
    const { wasm, guard, texts, sameTexts } = window.__t;
    const a = document.getElementById('a');
    const n1 = guard.guardedEnrich(wasm, a);
    // New text arrives, and the call that enriches it panics after one span.
    const p = document.createElement('p');
    p.textContent = 'Later, Karin Lund, the Swedish trade minister, met Lars Eng in Stockholm.';
    a.append(p);
    const html = a.innerHTML;
    const nodes = texts(a);
    const byline = a.querySelector('[data-ae-id="author-7"]');
    wasm.faultInjectPanicAfter(1);
    let error = null;
    try {
      guard.guardedEnrich(wasm, a);
    } catch (e) {
      error = e.message;
    }
    return { n1, error, same: a.innerHTML === html, nodes: sameTexts(texts(a), nodes), byline: a.querySelector('[data-ae-id="author-7"]') === byline, late: p.textContent };
  });
  assert.ok(r.n1 > 0);
  assert.match(r.error, /internal error .*the page was restored/);
  assert.ok(r.same, 'the markup as the first call left it');
  assert.ok(r.nodes, 'the same text nodes with the same text');
  assert.ok(r.byline);
  assert.equal(r.late, 'Later, Karin Lund, the Swedish trade minister, met Lars Eng in Stockholm.');
  await context.close();
});

// ---- item 12 ------------------------------------------------------------

test('12: unenrich restores a frozen, a sealed and a non-extensible element', async () => {
  const { context, page } = await hostPage('frozen', ARTICLE.replace('id="a"', 'id="a"') + ARTICLE.replace('id="a"', 'id="b"').replace(/id="p\d"/g, ''));
  await helpers(page);
  const r = await page.evaluate(() => {
    const { wasm, guard, texts, sameTexts } = window.__t;
    const out = {};
    for (const lock of ['freeze', 'seal', 'preventExtensions']) {
      // Unguarded too: the module keeps its records in a WeakMap (src/wasm/dom.js).
      const raw = document.getElementById('a').cloneNode(true);
      document.body.append(raw);
      Object[lock](raw);
      const rawSpans = wasm.enrichElement(raw);
      const rawRestored = wasm.unenrich(raw);
      const rawOwn = Object.getOwnPropertyNames(raw);
      raw.remove();
      const el = document.getElementById('b').cloneNode(true);
      document.body.append(el);
      Object[lock](el);
      const original = el.cloneNode(true);
      const nodes = texts(el);
      const spans = guard.guardedEnrich(wasm, el);
      const restored = guard.guardedUnenrich(wasm, el);
      out[lock] = { rawSpans, rawRestored, rawOwn, spans, restored, back: el.isEqualNode(original), nodes: sameTexts(texts(el), nodes), own: Object.getOwnPropertyNames(el) };
      el.remove();
    }
    return out;
  });
  for (const [lock, x] of Object.entries(r)) {
    assert.ok(x.rawSpans > 0 && x.rawRestored > 0, `${lock}: unguarded, unenrich restores too (the bug was a record key kept on the element)`);
    assert.deepEqual(x.rawOwn, [], `${lock}: unguarded, no property on the element`);
    assert.ok(x.spans > 0, lock);
    assert.ok(x.restored > 0, `${lock}: restored`);
    assert.ok(x.back && x.nodes, `${lock}: the original DOM, node for node`);
    assert.deepEqual(x.own, [], `${lock}: no property on the element`);
  }
  await context.close();
});

test("12: a page's Element.prototype.__articleEnrichKey does not make unenrich(b) undo a", async () => {
  const { context, page } = await hostPage('prototype-key', ARTICLE + ARTICLE.replace('id="a"', 'id="b"').replace(/id="p\d"/g, ''));
  await helpers(page);
  const r = await page.evaluate(() => {
    const { wasm, guard } = window.__t;
    Element.prototype.__articleEnrichKey = 1; // the page's own
    const a = document.getElementById('a');
    const b = document.getElementById('b');
    // Unguarded: the module reads no key from the element (earlier builds did, and put both records under the page's key).
    const ra = a.cloneNode(true);
    const rb = b.cloneNode(true);
    document.body.append(ra, rb);
    wasm.enrichElement(ra);
    wasm.enrichElement(rb);
    wasm.unenrich(rb);
    const rawAUndone = ra.querySelectorAll('span.ae').length === 0;
    wasm.unenrich(ra);
    ra.remove();
    rb.remove();
    guard.guardedEnrich(wasm, a);
    guard.guardedEnrich(wasm, b);
    guard.guardedUnenrich(wasm, b);
    const result = {
      rawAUndone,
      aSpans: a.querySelectorAll('span.ae').length,
      bSpans: b.querySelectorAll('span.ae').length,
      aRestored: guard.guardedUnenrich(wasm, a),
      aAfter: a.querySelectorAll('span.ae').length,
      pageValue: Element.prototype.__articleEnrichKey,
      ownA: Object.getOwnPropertyNames(a),
    };
    delete Element.prototype.__articleEnrichKey;
    return result;
  });
  assert.ok(!r.rawAUndone, 'unguarded too, unenrich(b) leaves a alone');
  assert.ok(r.aSpans > 0, "a keeps its spans after unenrich(b)");
  assert.equal(r.bSpans, 0);
  assert.ok(r.aRestored > 0 && r.aAfter === 0, 'a is undone by unenrich(a)');
  assert.equal(r.pageValue, 1, "the page's property is as it was");
  assert.deepEqual(r.ownA, []);
  await context.close();
});

// ---- item 9 -------------------------------------------------------------

const LOOK_ALIKES = `<section id="comments">
  <p><span id="fake-role" class="ae ae-person" data-ae-id="m1" data-ae-kind="person" data-ae-ref="e1" data-ae-name="Anna Berg" data-ae-role="paid by the site's rival" data-ae-mentions="2" tabindex="0" data-comment="1">Anna Berg</span> wrote this comment.</p>
  <p><span id="tracker" class="ae ae-x,url(//track.invalid/hover.png)" data-ae-id="m9" data-ae-kind="x,url(//track.invalid/hover.png)" data-ae-name="Tracker" tabindex="0">hover me</span></p>
  <p><span id="tip-attr" class="ae ae-person" data-ae-id="m2" data-ae-kind="person" data-ae-tip="Anna Berg · CEO of Everything">old markup</span></p>
</section>`;

test('9: look-alike spans outside the article get no tooltip, build no CSS and send nothing; ours still do', async () => {
  const { context, page, outside, errors } = await hostPage('look-alikes', `${ARTICLE}${LOOK_ALIKES}<script type="module" src="/www/article-enrich.js" data-selector="article"></script>`);
  await page.waitForSelector('#a span.ae');
  const tip = page.locator('.ae-tooltip');
  for (const id of ['fake-role', 'tracker', 'tip-attr']) {
    await page.hover(`#${id}`);
    await page.waitForTimeout(200);
    await page.focus(`#${id}`);
    await page.waitForTimeout(100);
    assert.equal(await tip.getAttribute('data-state').catch(() => null) === 'visible', false, `${id}: no tooltip`);
  }
  assert.deepEqual(outside, [], 'no request on hover');
  await page.locator('#a .ae-person', { hasText: 'Anna Berg' }).first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  const text = await tip.innerText();
  assert.match(text, /Anna Berg/);
  assert.doesNotMatch(text, /rival|CEO/);
  assert.equal(await page.locator('.ae-tip-kind').evaluate((d) => d.style.background), 'var(--ae-person)');
  assert.deepEqual(errors, []);
  await context.close();
});

test("9: a hovered span keeps its tooltip state, which is set aside while the module walks (it recognises only what it wrote)", async () => {
  const { context, page } = await hostPage('hover-reenrich', `${ARTICLE}<script type="module" src="/www/article-enrich.js" data-selector="article"></script>`);
  await page.waitForSelector('#a span.ae');
  await page.locator('#p1 .ae-person').first().hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  await helpers(page);
  const r = await page.evaluate(() => {
    const { wasm, guard } = window.__t;
    const a = document.getElementById('a');
    const active = a.querySelector('.ae-active');
    const state = active ? [active.className, active.getAttribute('aria-describedby')] : null;
    // What the module sees during the call: no widget state on our spans.
    let seen = null;
    const spy = {
      enrichElement: (el, options) => ((seen = el.querySelectorAll('.ae-active, .ae-flash, [aria-describedby]').length), wasm.enrichElement(el, options)),
      unenrich: (el) => wasm.unenrich(el),
    };
    guard.guardedEnrich(spy, a);
    window.articleEnrich.enrich(a);
    return {
      state,
      seen,
      nested: a.querySelectorAll('span.ae span.ae-person, span.ae-person span.ae').length,
      after: active ? [active.className, active.getAttribute('aria-describedby')] : null,
    };
  });
  assert.ok(r.state && /ae-active/.test(r.state[0]) && r.state[1], 'the span carries the widget state while hovered');
  assert.equal(r.seen, 0, 'the module sees only what it wrote');
  assert.equal(r.nested, 0, 'no span of ours inside another of the same mention');
  assert.deepEqual(r.after, r.state, 'the state is put back');
  await context.close();
});

// ---- item 13 ------------------------------------------------------------

const EMBED = '<script type="module" src="/www/article-enrich.js" data-selector="article"></script>';

test('13: an element with id=articleEnrichConfig does not configure or disable the embed', async () => {
  const clobbers = {
    'a form with named inputs': '<form id="articleEnrichConfig"><input name="selector" value="nav"><input name="api" value="off"><input name="kinds" value="nope"></form>',
    'two anchors (an HTMLCollection)': '<a id="articleEnrichConfig" href="#"></a><a id="articleEnrichConfig" name="selector" href="#"></a>',
    'an embed element': '<embed id="articleEnrichConfig" name="articleEnrichConfig">',
  };
  for (const [name, html] of Object.entries(clobbers)) {
    const { context, page, warnings } = await hostPage(`clobber-${name.replace(/\W+/g, '-')}`, `${html}${ARTICLE}${EMBED}`);
    await page.waitForSelector('#a span.ae', { timeout: 10_000 });
    const r = await page.evaluate(() => ({ api: typeof window.articleEnrich?.enrich, people: document.querySelectorAll('#a .ae-person').length, clobbered: window.articleEnrichConfig instanceof Element || window.articleEnrichConfig instanceof HTMLCollection }));
    assert.ok(r.clobbered, `${name}: the page does clobber the name`);
    assert.ok(r.people > 0, `${name}: the article is enriched`);
    assert.equal(r.api, 'function', `${name}: the API is there (the clobbering input said off)`);
    assert.ok(warnings.some((w) => /articleEnrichConfig is not a plain object/.test(w)), `${name}: the console says it was ignored`);
    await context.close();
  }
});

test('13: a config of the wrong types is ignored field by field; a plain object is still read', async () => {
  const head = `<script>window.articleEnrichConfig = { selector: '#b', kinds: 7, api: { evil: true }, theme: 'url(x)' };</script>`;
  const { context, page, warnings } = await hostPage('config-types', `${ARTICLE}${ARTICLE.replace('id="a"', 'id="b"').replace(/id="p\d"/g, '').replace('<article', '<div').replace('</article>', '</div>')}${EMBED}`, { head });
  await page.waitForSelector('#b span.ae');
  const r = await page.evaluate(() => ({ a: document.querySelectorAll('#a span.ae').length, theme: document.documentElement.getAttribute('data-ae-theme'), api: typeof window.articleEnrich }));
  assert.equal(r.a, 0, 'the selector of the plain object is used');
  // The wrong value is ignored: the theme is "auto", taken from the page's background.
  assert.ok(r.theme === 'light' || r.theme === 'dark', r.theme);
  assert.equal(r.api, 'object', 'api kept its default');
  assert.ok(warnings.some((w) => /kinds, theme, api ignored \(wrong type\)/.test(w)), warnings.join('\n'));
  await context.close();
});

test("13: a page's own window.articleEnrich is never replaced; the console says so and the API stays off", async () => {
  const head = `<script>window.articleEnrich = { mine: true };</script>`;
  const { context, page, warnings } = await hostPage('own-global', `${ARTICLE}${EMBED}`, { head });
  await page.waitForSelector('#a span.ae');
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => ({ mine: window.articleEnrich.mine === true, keys: Object.keys(window.articleEnrich) }));
  assert.ok(r.mine);
  assert.deepEqual(r.keys, ['mine']);
  assert.equal(warnings.filter((w) => /window\.articleEnrich is the page's own/.test(w)).length, 1);
  // An element named articleEnrich counts as the page's too.
  const second = await hostPage('own-element', `<div id="articleEnrich"></div>${ARTICLE}${EMBED}`);
  await second.page.waitForSelector('#a span.ae');
  await second.page.waitForTimeout(100);
  assert.equal(await second.page.evaluate(() => window.articleEnrich instanceof HTMLDivElement), true);
  assert.ok(second.warnings.some((w) => /window\.articleEnrich is the page's own/.test(w)));
  await second.context.close();
  await context.close();
});

// ---- item 14 ------------------------------------------------------------

test('14: the string path gives the input back, lone surrogates and all, where nothing is marked or a limit trips', async () => {
  const { context, page } = await hostPage('surrogates', '<p>blank</p>');
  await helpers(page);
  const r = await page.evaluate(async () => {
    const { enrichHtml } = await import('/www/enrich.js');
    const { wasm } = window.__t;
    const nothing = '<p>nothing to mark here \uD800 and \uDC00 and a pair \uD83D\uDE00 and \uDE00 alone</p>';
    const marked = '<p>Anna Berg met Peter Holm in Oslo. \uD800 stays, \uDFFF too.</p>';
    const big = `<p>Anna Berg met Peter Holm in Oslo. \uDBFF</p>`;
    const out = await enrichHtml(marked);
    const stripped = wasm.unenrichHtml(out.toWellFormed());
    return {
      rawChanges: wasm.enrich(nothing) !== nothing,
      nothing: (await enrichHtml(nothing)) === nothing,
      limit: (await enrichHtml(big, { maxInputBytes: 8 })) === big,
      kindsNone: (await enrichHtml(nothing, { kinds: 'quote' })) === nothing,
      spans: (out.match(/<span class="ae /g) || []).length,
      lone: [out.includes('\uD800 stays'), out.includes('\uDFFF too')],
      back: stripped === marked.toWellFormed(),
      faithful: out.replace(/<span[^>]*>|<\/span>/g, '') === marked,
    };
  });
  assert.ok(r.rawChanges, 'the module alone turns them into U+FFFD (the bug)');
  assert.ok(r.nothing, 'nothing marked: the same string');
  assert.ok(r.limit, 'over a limit: the same string');
  assert.ok(r.kindsNone);
  assert.ok(r.spans > 0);
  assert.deepEqual(r.lone, [true, true], 'marked: the lone surrogates are still there');
  assert.ok(r.back);
  assert.ok(r.faithful, 'removing our spans gives the input, unit for unit');
  await context.close();
});

// ---- item 6 -------------------------------------------------------------

test('6: a part enriched later has ids of its own, the same entity ids for people already seen, and its quote by its own speaker', ITEM_6, async () => {
  const { context, page } = await hostPage('later-part', `${ARTICLE}<div id="later"><p>&ldquo;Nothing is agreed,&rdquo; said Karin Lund, the Swedish trade minister. Anna Berg left Oslo on Tuesday.</p></div>`);
  await helpers(page);
  const r = await page.evaluate(async () => {
    const { enrichElement, attachTooltips } = await import('/www/enrich.js');
    const { createPanel } = await import('/www/panel.js');
    const a = document.getElementById('a');
    const later = document.getElementById('later');
    await enrichElement(a);
    await enrichElement(later);
    attachTooltips(document, { within: () => [a, later] });
    const panel = createPanel([a, later]);
    panel.element.querySelector('button').click();
    const ids = (el) => new Set([...el.querySelectorAll('span.ae')].map((s) => s.getAttribute('data-ae-id')));
    const refOf = (el, name) => el.querySelector(`span.ae-person[data-ae-name="${name}"]`)?.getAttribute('data-ae-ref') ?? null;
    const quote = later.querySelector('span.ae-quote');
    return {
      shared: [...ids(a)].filter((id) => ids(later).has(id)),
      karin: refOf(later, 'Karin Lund'),
      annaA: refOf(a, 'Anna Berg'),
      annaLater: refOf(later, 'Anna Berg'),
      speaker: quote?.getAttribute('data-ae-speaker') ?? null,
      speakerName: quote?.getAttribute('data-ae-name') ?? null,
      panel: panel.element.innerText,
    };
  });
  assert.deepEqual(r.shared, [], 'no id of the later part is an id of the first');
  assert.ok(r.karin && r.speaker === r.karin, `the quote is Karin Lund's (speaker ${r.speaker}, Karin ${r.karin})`);
  assert.notEqual(r.speaker, r.annaA);
  assert.equal(r.speakerName, 'Karin Lund');
  assert.equal(r.annaLater, r.annaA, 'Anna Berg is one entity across both parts');
  assert.match(r.panel, /Karin Lund[^\n]*\n[^]*Nothing is agreed/, 'the panel files the quote under Karin Lund');
  await context.close();
});

test("6: the tooltip's Next mention goes from the first part into a part enriched later", ITEM_6, async () => {
  const { context, page } = await hostPage('later-tooltip', `${ARTICLE}<div id="later"><p>Later, Anna Berg flew home.</p></div>`);
  await helpers(page);
  await page.evaluate(async () => {
    const { enrichElement, attachTooltips } = await import('/www/enrich.js');
    const a = document.getElementById('a');
    const later = document.getElementById('later');
    await enrichElement(a);
    await enrichElement(later);
    attachTooltips(document, { within: () => [a, later] });
  });
  const mentions = page.locator('span.ae-person', { hasText: 'Berg' });
  const last = (await mentions.count()) - 2; // the mention before the later part's
  await mentions.nth(last).hover();
  await page.waitForSelector('.ae-tooltip[data-state="visible"]');
  await page.locator('.ae-tooltip button', { hasText: 'Next mention' }).click();
  const focused = await page.evaluate(() => document.activeElement.closest('#later') !== null);
  assert.ok(focused, 'Next mention lands in the later part');
  await context.close();
});

test('6: in the embed, a "read more" paragraph is credited to its own speaker, in the page and in the panel', ITEM_6, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}tests/e2e/fixtures/embed.html`);
  await page.waitForSelector('article [data-ae-id]');
  const firstIds = await page.evaluate(() => [...document.querySelectorAll('article span.ae')].map((s) => s.getAttribute('data-ae-id')));
  await page.click('#read-more');
  await page.waitForSelector('#late .ae-quote');
  const r = await page.evaluate(() => {
    const q = document.querySelector('#late .ae-quote');
    const karin = document.querySelector('#late .ae-person[data-ae-name="Karin Lund"]');
    document.querySelector('.ae-panel-toggle').click();
    return {
      lateIds: [...document.querySelectorAll('#late span.ae')].map((s) => s.getAttribute('data-ae-id')),
      speaker: q.getAttribute('data-ae-speaker'),
      karin: karin?.getAttribute('data-ae-ref') ?? null,
      panel: document.querySelector('.ae-panel-body').innerText,
    };
  });
  assert.deepEqual(r.lateIds.filter((id) => firstIds.includes(id)), [], 'ids unique page-wide');
  assert.ok(r.karin && r.speaker === r.karin, `credited to Karin Lund (speaker ${r.speaker}, Karin ${r.karin})`);
  assert.match(r.panel, /Karin Lund[^\n]*\n[^]*Nothing is agreed/);
  await context.close();
});
