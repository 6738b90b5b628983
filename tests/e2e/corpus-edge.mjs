// The edge worker (edge/config.capnp, as shipped: every path, 2 MiB limit)
// on every corpus page of ../shared/corpus/pages, served by a local origin as
// text/html with no charset (as a server that does not know it would): each
// page comes back either enriched, and then without our spans and the
// widget's tags it is the origin's page byte for byte, or unchanged byte for
// byte with the reason in X-Article-Enrich. Fails if ../shared is missing.
// Run by .ci/corpus: node --test tests/e2e/corpus-edge.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startOrigin, startWorkerd, unenrich } from './edge-env.mjs';

const shared = process.env.SHARED_DIR || path.resolve(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
if (!existsSync(pagesDir)) throw new Error(`../shared is missing (looked for ${pagesDir}); the corpus checks need it`);
const names = readdirSync(pagesDir).filter((n) => existsSync(path.join(pagesDir, n, 'source.html'))).sort();

const pages = new Map(names.map((n) => [`/pages/${n}`, { body: readFileSync(path.join(pagesDir, n, 'source.html')), type: 'text/html' }]));
let origin;
let wd;
before(async () => {
  origin = await startOrigin(pages);
  wd = await startWorkerd('edge/config.capnp', ['http'], origin.port);
});
after(async () => {
  if (wd) await wd.stop();
  if (origin) await origin.close();
});

test(`every corpus page (${names.length}) is enriched reversibly or passed through byte for byte`, async () => {
  assert.ok(names.length >= 100, `${names.length} corpus pages`);
  const reasons = new Map();
  let spans = 0;
  for (const n of names) {
    const want = pages.get(`/pages/${n}`).body;
    const res = await fetch(`${wd.urls.http}/pages/${n}`);
    const body = Buffer.from(await res.arrayBuffer());
    const why = res.headers.get('x-article-enrich') || '(none)';
    assert.equal(res.status, 200, n);
    const m = /^enriched; spans=(\d+)$/.exec(why);
    if (m) {
      spans += Number(m[1]);
      const { html, injected } = await unenrich(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));
      assert.equal(injected, 1, `${n}: the widget's tags once`);
      assert.ok(Buffer.from(html, 'utf8').equals(want), `${n}: without our spans and tags, the origin's bytes`);
      reasons.set('enriched', (reasons.get('enriched') || 0) + 1);
    } else {
      assert.match(why, /^skipped; (no-article|nothing-marked|charset|too-big)$/, n);
      assert.ok(body.equals(want), `${n}: passed through byte for byte (${why})`);
      reasons.set(why, (reasons.get(why) || 0) + 1);
    }
  }
  console.log(`edge worker on ${names.length} corpus pages: ${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}; ${spans} spans`);
  // With the shipped selector most of the corpus has an <article> or a <main>.
  assert.ok((reasons.get('enriched') || 0) >= names.length / 3, 'at least a third of the pages enriched');
});
