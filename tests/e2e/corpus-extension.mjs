// The browser extension on the corpus pages (../shared/corpus/pages; run by
// .ci/corpus, fails without them):
// - toc-missing, a real page whose own policy (a <meta> Content-Security-Policy:
//   default-src and script-src 'self', no 'wasm-unsafe-eval') refuses
//   WebAssembly and scripts from elsewhere: the bookmarklet cannot run there,
//   the extension enriches its article and restores it exactly;
// - every page served with `Content-Security-Policy: script-src 'none'`:
//   what the status says on each, and each enriched page restored exactly
//   (its body as it was, our status box aside). Prints the counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useExtension, open, press, statusText } from './extension-browser.mjs';
import { serve } from './browser.mjs';

const ARTIFACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const SHARED = process.env.SHARED_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'shared');
const PAGES = path.join(SHARED, 'corpus', 'pages');
if (!existsSync(PAGES)) throw new Error(`../shared is missing: ${PAGES}`);
const names = readdirSync(PAGES).filter((n) => existsSync(path.join(PAGES, n, 'source.html'))).sort();

/** /strict/NAME: the page under script-src 'none'; /own/NAME: the page as it is (its own meta policy). */
function handle(req, res) {
  const [, kind, name] = new URL(req.url, 'http://x').pathname.split('/');
  if (!names.includes(name) || (kind !== 'strict' && kind !== 'own')) return res.writeHead(404).end();
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  if (kind === 'strict') headers['content-security-policy'] = "script-src 'none'";
  res.writeHead(200, headers);
  res.end(readFileSync(path.join(PAGES, name, 'source.html')));
}

// The pages ask for their own images, fonts and trackers; nothing answers them.
const env = useExtension(before, after, handle);
let www = null;
before(async () => {
  www = await serve();
  env.allow.push(www.url);
});
after(() => www?.stop());

/** In the page: a copy of the body as it is now, kept for `unchanged`. */
function keep() {
  window.__aeBefore = document.body.cloneNode(true);
}
/** In the page: is the body as `keep` saw it, our status boxes aside? */
function unchanged() {
  const now = document.body.cloneNode(true);
  for (const box of now.querySelectorAll('[data-ae-status]')) box.remove();
  const was = window.__aeBefore.cloneNode(true);
  for (const box of was.querySelectorAll('[data-ae-status]')) box.remove();
  return now.isEqualNode(was);
}

test('toc-missing, whose own policy refuses the bookmarklet: the extension marks its article and takes the marks off again', async () => {
  assert.ok(names.includes('toc-missing'));
  const { page } = await open(env, `${env.url}/own/toc-missing`);
  // The bookmarklet, from our other server, is refused by the page's policy.
  const bookmarklet = await page.evaluate((src) => import(src).then(() => 'loaded', (e) => String(e)), `${www.url}www/bookmarklet.js`);
  assert.notEqual(bookmarklet, 'loaded');
  assert.ok(env.log.some((l) => /Content Security Policy/.test(l) && l.includes('www/bookmarklet.js')), 'refused by the page\'s policy');
  const wasm = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e) => String(e)));
  assert.notEqual(wasm, 'compiled');
  await page.evaluate(keep);
  await press(env, page);
  const said = await statusText(env, page);
  assert.match(said, /^Marked \d+ names? and \d+ quotes?/, said);
  const spans = await page.locator('[data-ae-id]').count();
  assert.ok(spans > 20, `${spans} spans`);
  await press(env, page);
  assert.equal(await statusText(env, page), 'Marks removed');
  assert.equal(await page.evaluate(unchanged), true);
  // What the reader sees on the page the bookmarklet cannot touch, marked
  // again (a screenshot lets the page's own scripts react to the viewport,
  // so it comes after the check that the restore was exact).
  await press(env, page);
  assert.match(await statusText(env, page), /^Marked \d+ names?/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'corpus-extension-toc-missing.png') });
  console.log(`toc-missing (own policy): the bookmarklet refused (${bookmarklet.slice(0, 80)}), the extension marked ${spans} spans: ${said}`);
  await page.close();
});

test('every corpus page under script-src \'none\': what the extension says, and every enriched page restored exactly', async () => {
  const counts = new Map();
  const unmatched = [];
  const notRestored = [];
  let ms = 0;
  for (const name of names) {
    const { page, errors } = await open(env, `${env.url}/strict/${name}`);
    await page.evaluate(keep);
    const t0 = Date.now();
    await press(env, page);
    const said = await statusText(env, page);
    ms += Date.now() - t0;
    const kind = said.replace(/\d+/g, 'N');
    counts.set(kind, (counts.get(kind) || 0) + 1);
    if (/could not be matched/.test(said)) unmatched.push(name);
    if (/^Marked/.test(said)) {
      await press(env, page);
      assert.equal(await statusText(env, page), 'Marks removed', name);
      if (!(await page.evaluate(unchanged))) notRestored.push(name);
    } else {
      assert.equal(await page.evaluate(unchanged), true, `${name}: "${said}" but the page changed`);
    }
    assert.doesNotMatch(said, /Could not start/, name);
    const ours = errors.filter((e) => /article-enrich|ae-/.test(e));
    assert.deepEqual(ours, [], name);
    await page.close();
  }
  console.log(`extension on ${names.length} corpus pages under script-src 'none' (mean ${(ms / names.length).toFixed(0)} ms from the press to the message):`);
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${kind}`);
  if (unmatched.length) console.log(`  markup not matched, left unchanged: ${unmatched.join(', ')}`);
  assert.deepEqual(notRestored, [], 'pages not restored exactly');
  assert.ok((counts.get('Marked N names and N quotes · click again to remove') || 0) >= names.length / 2, 'most pages marked');
});
