// Corpus check (needs ../shared): the string path and the DOM path mark the
// same mentions. For every page of ../shared/corpus/pages, in Chromium:
// - the string path: `enrich(source)` on the page's HTML as served, parsed by
//   the browser (DOMParser, so no script of the page runs);
// - the DOM path: `enrichElement(document.body)` on the live page, loaded with
//   the page's own scripts kept out by a Content-Security-Policy, so both see
//   the same document.
// From each, the marks of the body in document order: the pieces of one span
// id joined, as (kind, text). The two lists must be equal on every page whose
// Content-Security-Policy lets WebAssembly run. Prints the counts.
//   node --test tests/e2e/corpus-paths.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { useCorpusBrowser, root } from './browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
// A response the test fulfils (to add the policy) has no address space of its
// own, so Chromium's local-network checks would refuse our module from the
// other loopback port: they are off for this file only.
const env = useCorpusBrowser(before, after, pagesDir, ['--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks']);

// Runs in the page: the marks under `body`, one per span id, in document order.
const collect = `(body) => {
  const byId = new Map();
  for (const s of body.querySelectorAll('span[data-ae-id]')) {
    const id = s.getAttribute('data-ae-id');
    const m = byId.get(id);
    if (m) m.text += s.textContent;
    else byId.set(id, { kind: s.getAttribute('data-ae-kind'), text: s.textContent });
  }
  return [...byId.values()].map((m) => m.kind + ' ' + m.text.replace(/\\s+/g, ' ').trim());
}`;

test('the string path and the DOM path mark the same mentions on every corpus page', async () => {
  const names = readdirSync(pagesDir).filter((n) => existsSync(path.join(pagesDir, n, 'source.html'))).sort();
  assert.ok(names.length >= 100, `found ${names.length} pages`);
  const context = await env.newContext();
  // The page's own scripts are kept out by a policy added to its response
  // (so the live document is the parsed source), while our module and
  // WebAssembly are allowed; a page's own stricter policy still applies.
  // (Inline scripts are refused by the policy; the page's own script files
  // by the route below.)
  const policy = "script-src http: 'wasm-unsafe-eval'";
  const moduleUrl = `${env.ourServer.url}www/pkg/article_enrich.js`;
  const differ = [];
  const refused = [];
  let compared = 0;
  let marks = 0;
  for (const name of names) {
    const page = await context.newPage();
    const url = `${env.pagesServer.url}${name}/source.html`;
    await page.route(`${env.pagesServer.url}**/*`, (route) =>
      route.request().resourceType() === 'script' ? route.abort() : route.fallback(),
    );
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 });
      const r = await page.evaluate(
        async ({ moduleUrl, url, collect }) => {
          const marksOf = eval(collect);
          let m;
          try {
            m = await import(moduleUrl);
            await m.default();
          } catch (e) {
            return { refused: String(e && e.message ? e.message : e) };
          }
          // The source as the browser decoded it (its declared charset).
          const bytes = await (await fetch(url)).arrayBuffer();
          const source = new TextDecoder(document.characterSet).decode(bytes);
          const parsed = new DOMParser().parseFromString(m.enrich(source), 'text/html');
          const fromString = marksOf(parsed.body);
          m.enrichElement(document.body);
          const fromDom = marksOf(document.body);
          return { fromString, fromDom };
        },
        { moduleUrl, url, collect },
      );
      if (r.refused) {
        refused.push(name);
        continue;
      }
      compared += 1;
      marks += r.fromDom.length;
      if (JSON.stringify(r.fromString) !== JSON.stringify(r.fromDom)) {
        const n = Math.max(r.fromString.length, r.fromDom.length);
        let i = 0;
        while (i < n && r.fromString[i] === r.fromDom[i]) i += 1;
        differ.push(`${name}: ${r.fromString.length} marks by string, ${r.fromDom.length} by DOM; first difference at ${i}: string ${JSON.stringify(r.fromString[i])}, DOM ${JSON.stringify(r.fromDom[i])}`);
      }
    } catch (e) {
      differ.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  console.log(`string path = DOM path: ${compared - differ.length}/${compared} pages mark the same ${marks} mentions and quotes (${refused.length} pages refuse WebAssembly by CSP: ${refused.join(', ')})`);
  for (const d of differ) console.log(`  ${d}`);
  assert.ok(compared >= 100, `only ${compared} pages could be compared`);
  assert.deepEqual(differ, []);
  await context.close();
});
