// The edge worker (edge/worker.mjs) on workerd, in front of a local origin
// serving our own samples (tests/golden/*/source.html) under /news/:
// enriched pages come back with our spans, and taking them out (and the one
// block the worker adds to <head>) gives the origin's bytes; non-HTML,
// oversized, bypassed pages and every failure come back byte for byte with
// X-Article-Enrich saying why; validators are the enriched body's own; and in
// Chromium the served widget gives tooltips and the panel with no
// WebAssembly loaded in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startOrigin, startWorkerd, unenrich, etagOf, module } from './edge-env.mjs';
import { launch, watchErrors } from './browser.mjs';

const goldenDir = path.join(root, 'tests', 'golden');
const slugs = readdirSync(goldenDir).filter((d) => !d.startsWith('.')).sort();
const source = (slug) => readFileSync(path.join(goldenDir, slug, 'source.html'));
const HTML = 'text/html; charset=utf-8';
const LIMIT = 65536; // AE_MAX_BYTES in edge/test/test.capnp

// Bytes no text decoder would leave alone: every byte value, twice.
const binary = Buffer.from([...Array(512).keys()].map((i) => (i * 7) % 256));
// A sample padded past the limit (a comment, so it is still a page to enrich).
const big = Buffer.concat([source(slugs[0]), Buffer.from(`<!-- ${'x'.repeat(LIMIT)} -->\n`)]);

const pages = new Map();
for (const slug of slugs) {
  pages.set(`/news/${slug}`, { body: source(slug), type: HTML });
  pages.set(`/other/${slug}`, { body: source(slug), type: HTML });
  pages.set(`/news/${slug}.json`, { body: readFileSync(path.join(goldenDir, slug, 'expected.json')), type: 'application/json' });
}
pages.set('/news/bytes.bin', { body: binary, type: 'application/octet-stream' });
pages.set('/news/big', { body: big, type: HTML });
pages.set('/news/big-chunked', { body: big, type: HTML, chunked: true });
pages.set('/news/chunked', { body: source(slugs[0]), type: HTML, chunked: true });
pages.set('/news/latin1', { body: Buffer.from('<!doctype html><article><p>Anna Berg met Peter Holm in M\xe1laga.</p></article>', 'latin1'), type: 'text/html; charset=windows-1252' });
pages.set('/news/not-utf8', { body: Buffer.from('<!doctype html><article><p>Anna Berg met Peter Holm in M\xe1laga.</p></article>', 'latin1'), type: 'text/html' });
pages.set('/news/two', {
  body: Buffer.from('<!doctype html><html><head><title>Two</title></head><body><div class="stories"><article><p>Anna Berg met Peter Holm in Oslo on Monday.</p><hr><p>Peter Holm left.</p></article>' +
    '<aside><p>Advertisement: Anna Berg sells houses in Oslo.</p></aside><article><p>“We will not wait,” Anna Berg, the Danish foreign minister, said.</p></article></div></body></html>'),
  type: HTML,
});
pages.set('/news/bom', { body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), source(slugs[0])]), type: HTML });
pages.set('/news/no-transform', { body: source(slugs[0]), type: HTML, headers: { 'cache-control': 'public, no-transform' } });
pages.set('/news/gzip', { body: source(slugs[0]), type: HTML, gzip: true, headers: { vary: 'Accept-Encoding' } });
pages.set('/news/cut-off', { body: source(slugs[0]), type: HTML, failFirst: true });
pages.set('/favicon.ico', { body: Buffer.alloc(0), type: 'image/x-icon' });
pages.set('/news/no-head', { body: Buffer.from('<article><p>Anna Berg met Peter Holm in Oslo.</p></article>'), type: HTML });

let origin;
let wd;
before(async () => {
  origin = await startOrigin(pages);
  wd = await startWorkerd('edge/test/test.capnp', ['enrich', 'broken', 'throws', 'custom', 'badselector'], origin.port);
});
after(async () => {
  if (wd) await wd.stop();
  if (origin) await origin.close();
});

const get = async (url, init) => {
  const res = await fetch(url, init);
  return { res, body: Buffer.from(await res.arrayBuffer()), why: res.headers.get('x-article-enrich') };
};

/** The part of the origin's page before its first selected element. */
const beforeArticle = (html) => html.slice(0, html.search(/<(article|main)[\s>]/));

test('each sample with an article comes back with our spans, and without them it is the origin\'s page byte for byte', async () => {
  let enriched = 0;
  for (const slug of slugs) {
    const { res, body, why } = await get(`${wd.urls.enrich}/news/${slug}`);
    const orig = source(slug);
    assert.equal(res.status, 200);
    if (!/<(article|main)[\s>]/.test(orig.toString())) {
      // port-strike has neither <article> nor <main>: nothing is selected.
      assert.equal(why, 'skipped; no-article', slug);
      assert.deepEqual(body, orig, slug);
      continue;
    }
    enriched++;
    assert.match(why, /^enriched; spans=[1-9]\d*$/, slug);
    const page = body.toString('utf8');
    assert.match(page, /<span class="ae ae-person" data-ae-id="m\d+" data-ae-kind="person"/, slug);
    const spans = (page.match(/<span class="ae ae-/g) || []).length;
    assert.equal(`enriched; spans=${spans}`, why, `${slug}: the header counts the spans`);
    const { html, injected } = await unenrich(page);
    assert.equal(injected, 1, `${slug}: the widget's tags are added once`);
    assert.ok(page.indexOf('data-ae-edge') < page.indexOf('</head>'), `${slug}: the widget's tags are in <head>`);
    assert.ok(Buffer.from(html, 'utf8').equals(orig), `${slug}: without our spans and tags the page is the origin's, byte for byte`);
    // Only the article: nothing before it is marked (the <title> and the <nav> hold names too).
    const head = beforeArticle(page.replace(/<link rel="stylesheet" href="\/__article-enrich[^]*?<\/script>/, ''));
    assert.equal(head, beforeArticle(orig.toString('utf8')), `${slug}: the page before the article is unchanged`);
    // The length is the enriched body's.
    assert.equal(Number(res.headers.get('content-length') ?? body.length), body.length);
    assert.ok(body.length > orig.length);
  }
  assert.ok(enriched >= 4, `${enriched} samples enriched`);
});

test('a page served in pieces without Content-Length is enriched as one', async () => {
  const { body, why } = await get(`${wd.urls.enrich}/news/chunked`);
  assert.match(why, /^enriched; /);
  assert.ok(Buffer.from((await unenrich(body.toString())).html).equals(source(slugs[0])));
});

test('two articles are enriched in one call: ids unique on the page, the aside between them untouched', async () => {
  const { body, why } = await get(`${wd.urls.enrich}/news/two`);
  assert.match(why, /^enriched; /);
  const page = body.toString();
  const ids = [...page.matchAll(/data-ae-id="([mq]\d+)"/g)].map((m) => m[1]);
  // Pieces of one mention share an id; count starts of distinct mentions by position.
  assert.ok(ids.length >= 4, page);
  const refs = [...page.matchAll(/data-ae-name="Anna Berg"[^>]*/g)].length;
  assert.ok(refs >= 2, 'Anna Berg is marked in both articles');
  assert.match(page, /<aside><p>Advertisement: Anna Berg sells houses in Oslo\.<\/p><\/aside>/, 'the aside outside the articles is not marked');
  const firstIds = new Set([...page.slice(0, page.indexOf('<aside>')).matchAll(/data-ae-id="([mq]\d+)"/g)].map((m) => m[1]));
  const secondIds = [...page.slice(page.indexOf('</aside>')).matchAll(/data-ae-id="([mq]\d+)"/g)].map((m) => m[1]);
  assert.ok(secondIds.every((id) => !firstIds.has(id)), 'the second article\'s ids are new');
  assert.ok(Buffer.from((await unenrich(page)).html).equals(pages.get('/news/two').body));
});

test('a HEAD gets the headers the GET gets: the same validator and length', async () => {
  const url = `${wd.urls.enrich}/news/${slugs[0]}`;
  const g = await get(url);
  const h = await fetch(url, { method: 'HEAD' });
  assert.equal(h.status, 200);
  assert.equal(h.headers.get('x-article-enrich'), g.why);
  assert.equal(h.headers.get('etag'), g.res.headers.get('etag'));
  assert.equal(h.headers.get('content-length'), String(g.body.length));
  assert.equal((await h.arrayBuffer()).byteLength, 0);
});

test('a gzipped page is enriched, and the origin\'s Vary is kept', async () => {
  const { res, body, why } = await get(`${wd.urls.enrich}/news/gzip`, { headers: { 'accept-encoding': 'gzip' } });
  assert.match(why, /^enriched; /);
  assert.ok(Buffer.from((await unenrich(body.toString())).html).equals(source(slugs[0])));
  assert.equal(res.headers.get('vary'), 'Accept-Encoding, x-article-enrich-bypass');
  const bypass = await get(`${wd.urls.enrich}/news/gzip`, { headers: { 'x-article-enrich-bypass': '1' } });
  assert.ok(bypass.body.equals(source(slugs[0])));
  assert.equal(bypass.res.headers.get('vary'), 'Accept-Encoding, x-article-enrich-bypass');
});

test('a byte order mark is kept', async () => {
  const { body, why } = await get(`${wd.urls.enrich}/news/bom`);
  assert.match(why, /^enriched; /);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body); // the BOM kept in the string
  assert.ok(Buffer.from((await unenrich(text)).html).equals(pages.get('/news/bom').body));
});

test('a page with no <head> gets the widget at the end', async () => {
  const { body, why } = await get(`${wd.urls.enrich}/news/no-head`);
  assert.match(why, /^enriched; /);
  const { html, injected } = await unenrich(body.toString());
  assert.equal(injected, 1);
  assert.match(body.toString(), /<\/article><link rel="stylesheet"/);
  assert.ok(Buffer.from(html).equals(pages.get('/news/no-head').body));
});

test('validators: an enriched page has a weak ETag of its own, and a revalidation with it gets 304', async () => {
  const url = `${wd.urls.enrich}/news/${slugs[0]}`;
  const strong = etagOf(source(slugs[0]));
  const { res, why } = await get(url);
  assert.match(why, /^enriched; /);
  const etag = res.headers.get('etag');
  assert.ok(etag, 'an ETag');
  assert.notEqual(etag, strong, 'not the origin\'s strong ETag');
  assert.match(etag, /^W\/"[^"]+-ae[0-9a-f]{8}"$/);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=60', 'the origin\'s caching headers are kept');
  assert.equal(res.headers.get('last-modified'), 'Tue, 01 Dec 2026 12:00:00 GMT');
  assert.match(res.headers.get('vary') || '', /x-article-enrich-bypass/i);
  const again = await get(url, { headers: { 'if-none-match': etag } });
  assert.equal(again.res.status, 304);
  assert.equal(again.res.headers.get('etag'), etag);
  assert.equal(again.body.length, 0);
  assert.equal(origin.requests.at(-1).headers['if-none-match'], `W/${strong}`, 'the origin was asked with its own tag');
  // The origin's own strong tag is no tag of the enriched page: a full, enriched 200.
  const other = await get(url, { headers: { 'if-none-match': strong } });
  assert.equal(other.res.status, 304, 'the origin says its page has not changed…');
  assert.equal(other.why, 'skipped; status', '…and the worker passes that on as it came');
  // A page changed at the origin: the old derived tag no longer matches.
  const stale = etag.replace(/"[0-9a-f]+-ae/, '"0000000000000000-ae');
  const full = await get(url, { headers: { 'if-none-match': stale } });
  assert.equal(full.res.status, 200);
  assert.match(full.why, /^enriched; /);
});

test('non-HTML responses pass through byte for byte, headers and all', async () => {
  for (const p of ['/news/bytes.bin', `/news/${slugs[0]}.json`]) {
    const { res, body, why } = await get(`${wd.urls.enrich}${p}`);
    assert.equal(why, 'skipped; not-html', p);
    assert.ok(body.equals(pages.get(p).body), p);
    assert.equal(res.headers.get('etag'), etagOf(pages.get(p).body), p);
    assert.equal(Number(res.headers.get('content-length')), pages.get(p).body.length, p);
  }
  const missing = await get(`${wd.urls.enrich}/news/nothing-here`);
  assert.equal(missing.res.status, 404);
  assert.equal(missing.body.toString(), 'not found\n');
});

test('pages over the size limit pass through byte for byte, with or without Content-Length', async () => {
  for (const p of ['/news/big', '/news/big-chunked']) {
    const { res, body, why } = await get(`${wd.urls.enrich}${p}`);
    assert.equal(why, 'skipped; too-big', p);
    assert.ok(body.equals(big), p);
    assert.equal(res.headers.get('etag'), etagOf(big), `${p}: the origin's ETag, since the body is the origin's`);
  }
});

test('pages outside the configured paths, in another charset, or not UTF-8 pass through byte for byte', async () => {
  const cases = [
    [`/other/${slugs[0]}`, 'skipped; path'],
    ['/news/latin1', 'skipped; charset'],
    ['/news/not-utf8', 'skipped; charset'],
  ];
  for (const [p, want] of cases) {
    const { body, why } = await get(`${wd.urls.enrich}${p}`);
    assert.equal(why, want, p);
    assert.ok(body.equals(pages.get(p).body), p);
  }
  const nt = await get(`${wd.urls.enrich}/news/no-transform`);
  assert.equal(nt.why, 'skipped; no-transform');
  assert.ok(nt.body.equals(source(slugs[0])));
  const post = await get(`${wd.urls.enrich}/news/${slugs[0]}`, { method: 'POST', body: 'x' });
  assert.equal(post.why, 'skipped; method');
  const range = await get(`${wd.urls.enrich}/news/${slugs[0]}`, { headers: { range: 'bytes=0-99' } });
  assert.equal(range.why, 'skipped; range');
});

test('bypass: the request header or the query flag gets the origin\'s page byte for byte', async () => {
  const a = await get(`${wd.urls.enrich}/news/${slugs[0]}`, { headers: { 'x-article-enrich-bypass': '1' } });
  assert.equal(a.why, 'bypass');
  assert.ok(a.body.equals(source(slugs[0])));
  assert.equal(a.res.headers.get('etag'), etagOf(source(slugs[0])));
  assert.equal(origin.requests.at(-1).headers['x-article-enrich-bypass'], undefined, 'the header is not sent on');
  const b = await get(`${wd.urls.enrich}/news/${slugs[0]}?ae-bypass`);
  assert.equal(b.why, 'bypass');
  assert.ok(b.body.equals(source(slugs[0])));
  assert.equal(origin.requests.at(-1).url, `/news/${slugs[0]}`, 'the flag is taken off the URL the origin sees');
});

test('a module that fails to load passes every page through byte for byte, saying why', async () => {
  for (const slug of slugs) {
    const { res, body, why } = await get(`${wd.urls.broken}/news/${slug}`);
    assert.equal(res.status, 200);
    assert.match(why, /^error; module-failed \(/, slug);
    assert.ok(body.equals(source(slug)), slug);
    assert.equal(res.headers.get('etag'), etagOf(source(slug)));
  }
});

test('when the module throws, the page passes through byte for byte, saying why', async () => {
  const { body, why } = await get(`${wd.urls.throws}/news/${slugs[0]}`);
  assert.match(why, /^error; wasm-threw \(.*persons/);
  assert.ok(body.equals(source(slugs[0])));
  const bad = await get(`${wd.urls.badselector}/news/${slugs[0]}`);
  assert.match(bad.why, /^error; rewriter-threw \(/);
  assert.ok(bad.body.equals(source(slugs[0])));
});

test('settings: the paths, the selector, the kinds, the widget\'s URL and the bypass are the configured ones', async () => {
  const { body, why } = await get(`${wd.urls.custom}/other/${slugs[0]}`);
  assert.match(why, /^enriched; /);
  const page = body.toString();
  const tags = '<link rel="stylesheet" href="https://cdn.example/ae/enrich.css" data-ae-owned><script type="module" src="https://cdn.example/ae/client.js" data-ae-edge data-selector="p.byline, .story" data-kinds-set></script>';
  assert.equal(page.split(tags).length, 2, 'the widget from the configured URL, once');
  const kinds = new Set([...page.matchAll(/<span class="ae ae-([a-z]+)"/g)].map((m) => m[1]));
  assert.deepEqual([...kinds], ['person'], 'only the configured kinds (and the byline has no quote)');
  // Only the byline is selected: the rest of the article is as it came.
  assert.equal((page.match(/<span class="ae /g) || []).length, 1);
  assert.match(page, /<p class="byline">By <span class="ae ae-person"[^>]*>Clara Mendes<\/span><\/p>/);
  const orig = (await module()).unenrichHtml(page.replace(tags, ''));
  assert.ok(Buffer.from(orig).equals(source(slugs[0])));
  // The path list: /news/ and /other, not /newsletter.
  assert.equal((await get(`${wd.urls.custom}/news/bytes.bin`)).why, 'skipped; not-html');
  assert.equal((await get(`${wd.urls.custom}/newsletter`)).why, 'skipped; path');
  const plain = await get(`${wd.urls.custom}/other/${slugs[0]}?plain=1`, { headers: {} });
  assert.equal(plain.why, 'bypass');
  assert.ok(plain.body.equals(source(slugs[0])));
  assert.equal((await get(`${wd.urls.custom}/other/${slugs[0]}`, { headers: { 'x-plain': 'yes' } })).why, 'bypass');
  assert.equal((await get(`${wd.urls.custom}/other/${slugs[0]}`, { headers: { 'x-article-enrich-bypass': '1' } })).why.split(';')[0], 'enriched', 'the default header is no bypass here');
});

test('an origin answer cut off half-way: the worker asks again and passes that page through, saying why', async () => {
  const { res, body, why } = await get(`${wd.urls.enrich}/news/cut-off`);
  assert.equal(res.status, 200);
  assert.match(why, /^error; worker-threw \(/);
  assert.ok(body.equals(source(slugs[0])));
  assert.equal(origin.requests.filter((r) => r.url === '/news/cut-off').length, 2);
});

test('the widget\'s files are served under the reserved path, as they are in www/ and edge/', async () => {
  const files = { 'client.js': 'edge/client.js', 'tooltip.js': 'www/tooltip.js', 'panel.js': 'www/panel.js', 'markup.js': 'www/markup.js', 'prefs.js': 'www/prefs.js', 'enrich.css': 'www/enrich.css' };
  for (const [name, file] of Object.entries(files)) {
    const { res, body } = await get(`${wd.urls.enrich}/__article-enrich/${name}`);
    assert.equal(res.status, 200, name);
    assert.match(res.headers.get('content-type'), name.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    assert.ok(body.equals(readFileSync(path.join(root, file))), name);
  }
  assert.equal((await get(`${wd.urls.enrich}/__article-enrich/guard.js`)).res.status, 404);
});

test('in Chromium, an enriched page has tooltips and the panel, and loads no WebAssembly', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    const slug = slugs.find((s) => /<article[\s>]/.test(source(s).toString()));
    await page.goto(`${wd.urls.enrich}/news/${slug}`);
    await page.waitForSelector('.ae-panel');
    const span = page.locator('article .ae-person').first();
    const name = await span.getAttribute('data-ae-name');
    await span.hover();
    const tip = page.locator('.ae-tooltip[data-state="visible"]');
    await tip.waitFor({ timeout: 3000 });
    assert.match(await tip.textContent(), new RegExp(`${name}.*person`, 's'));
    // The stylesheet applies (an underline on a person), dates are off by default.
    assert.notEqual(await span.evaluate((s) => getComputedStyle(s).textDecorationLine), 'none');
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-ae-off')), 'date number');
    assert.ok(requested.every((u) => !u.endsWith('.wasm')), 'no WebAssembly in the browser');
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
