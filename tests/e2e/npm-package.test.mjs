// The npm package article-enrich as a user gets it: packed (npm/pack.mjs,
// which .ci/pack runs), installed offline from the tarball into a fresh app
// in a temporary directory, then
//   - its manifest and files,
//   - its TypeScript declarations, by tsc --noEmit on typed examples
//     (npm/example/, with lines that must stay errors),
//   - in Node: `article-enrich/wasm` analyses our golden samples as the
//     expected outputs say,
//   - with a bundler: a Vite app (tests/e2e/fixtures/npm-app: its own code
//     on the page API, and article-enrich/embed) built, served and run in
//     Chromium, and under the Vite dev server (spans, a tooltip, the panel).
// Needs www/pkg built (.ci/build) and npm/node_modules (.ci/setup).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watchErrors, root } from './browser.mjs';

const npmDir = path.join(root, 'npm');
const tsc = path.join(npmDir, 'node_modules', 'typescript', 'bin', 'tsc');
const viteEntry = path.join(npmDir, 'node_modules', 'vite', 'dist', 'node', 'index.js');
const golden = path.join(root, 'tests', 'golden');

let tarball;
let app;

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const installed = (...p) => path.join(app, 'node_modules', 'article-enrich', ...p);

before(() => {
  for (const p of [tsc, viteEntry]) assert.ok(existsSync(p), `${p} is missing: run bash .ci/setup (npm ci in npm/)`);
  tarball = run('node', [path.join(npmDir, 'pack.mjs')], root).trim().split('\n').pop();
  app = mkdtempSync(path.join(os.tmpdir(), 'ae-npm-app-'));
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'ae-npm-app', private: true, type: 'module' }));
  // Offline, from the file: the package has no dependencies to fetch.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the tarball holds the package: version and licence of the crate, exports that exist', () => {
  const cargo = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const field = (k) => cargo.match(new RegExp(`^${k} = "([^"]*)"`, 'm'))[1];
  const pkg = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
  assert.equal(pkg.name, 'article-enrich');
  assert.equal(pkg.version, field('version'));
  assert.equal(pkg.license, field('license'));
  assert.equal(pkg.type, 'module');
  assert.equal(path.basename(tarball), `article-enrich-${pkg.version}.tgz`);
  assert.ok(!pkg.dependencies, 'no runtime dependencies');
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const t of targets) assert.ok(existsSync(installed(t)), `exports names ${t}, which is not in the package`);
  for (const sub of ['.', './wasm', './embed']) assert.ok(pkg.exports[sub].types, `${sub} has types`);
  // Only what the package needs: no tests, no demo, no generated d.ts of wasm-bindgen.
  const listed = run('tar', ['tzf', tarball], root).trim().split('\n').sort();
  assert.ok(listed.includes('package/pkg/article_enrich_bg.wasm'));
  for (const f of listed) assert.match(f, /^package\/([A-Za-z-]+\.(js|d\.ts|css|json|md)|pkg\/article_enrich(\.js|_bg\.wasm)|pkg\/snippets\/article-enrich-[0-9a-f]+\/src\/wasm\/dom\.js)$/, f);
  assert.ok(listed.some((f) => f.endsWith('/src/wasm/dom.js')), 'the DOM half of the module ships beside the glue');
  assert.ok(!listed.some((f) => /demo|bookmarklet|sanitize|vendor|article_enrich\.d\.ts/.test(f)), listed.join(' '));
});

test('tsc --noEmit accepts the typed examples and rejects what must stay errors', () => {
  cpSync(path.join(npmDir, 'example'), path.join(app, 'example'), { recursive: true });
  for (const config of ['tsconfig.json', 'tsconfig.node.json']) {
    try {
      run('node', [tsc, '-p', path.join(app, 'example', config)], app);
    } catch (e) {
      assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`);
    }
  }
  // The check can fail: the declarations wasm-bindgen generates (options
  // required) do not pass it.
  const generated = readFileSync(path.join(root, 'www', 'pkg', 'article_enrich.d.ts'), 'utf8');
  const ours = installed('wasm.d.ts');
  const saved = readFileSync(ours, 'utf8');
  try {
    writeFileSync(ours, generated);
    assert.throws(() => run('node', [tsc, '-p', path.join(app, 'example', 'tsconfig.node.json')], app), (e) => /Expected 2 arguments, but got 1/.test(e.stdout));
  } finally {
    writeFileSync(ours, saved);
  }
});

test('in Node, article-enrich/wasm is ready at import and analyses our golden samples as expected; the page API takes the bytes', () => {
  const script = `
    import { analyzeHtml, analyze, enrich, unenrichHtml, version } from 'article-enrich/wasm';
    import * as page from 'article-enrich';
    import { readFileSync, readdirSync } from 'node:fs';
    const out = { version: version(), page: Object.keys(page).sort(), samples: {} };
    for (const name of readdirSync(${JSON.stringify(golden)})) {
      const html = readFileSync(${JSON.stringify(golden)} + '/' + name + '/source.html', 'utf8');
      const a = analyzeHtml(html);
      const enriched = enrich(html);
      out.samples[name] = {
        entities: a.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, mentions: e.mentions.map((m) => [m.start, m.end, m.text]) })),
        quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, text: q.text })),
        roundTrip: unenrichHtml(enriched) === html,
        spans: (enriched.match(/data-ae-id=/g) || []).length,
      };
    }
    out.plain = analyze('Anna Berg met Peter Holm in Oslo.').entities.map((e) => e.kind + ':' + e.name);
    // The page API's string path too, once given the bytes (the package's README).
    await page.load(readFileSync(new URL(import.meta.resolve('article-enrich/wasm.wasm'))));
    const html = readFileSync(${JSON.stringify(golden)} + '/port-strike/source.html', 'utf8');
    out.enrichHtml = (await page.enrichHtml(html)) === enrich(html);
    out.pageVersion = page.version();
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(run('node', ['--input-type=module', '-e', script], app));
  const cargoVersion = readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]*)"/m)[1];
  assert.equal(out.version, cargoVersion);
  assert.equal(out.pageVersion, cargoVersion);
  assert.equal(out.enrichHtml, true, 'enrichHtml of the page API gives what enrich of the wasm API gives');
  assert.deepEqual(out.page, ['addStylesheet', 'attachTooltips', 'createPanel', 'enrichElement', 'enrichHtml', 'load', 'unenrichElement', 'version']);
  assert.deepEqual(out.plain, ['person:Anna Berg', 'person:Peter Holm', 'place:Oslo']);
  const names = readdirSync(golden);
  assert.ok(names.length >= 5);
  for (const name of names) {
    const expected = JSON.parse(readFileSync(path.join(golden, name, 'expected.json'), 'utf8'));
    const got = out.samples[name];
    assert.deepEqual(got.entities, expected.entities.map(({ id, kind, name, mentions }) => ({ id, kind, name, mentions })), name);
    assert.deepEqual(got.quotes, expected.quotes.map(({ start, end, speaker, text }) => ({ start, end, speaker, text })), name);
    assert.ok(got.spans > 0 && got.roundTrip, `${name}: enrich marks and unenrichHtml gives the page back`);
  }
});

/** The article of a golden sample: the source's <body>, as it is. */
const sampleBody = (name) => readFileSync(path.join(golden, name, 'source.html'), 'utf8').match(/<body>([\s\S]*)<\/body>/)[1];

/** The app's pages: its own code using the page API, and the embed started from the package. */
const PAGES = ['index.html', 'embed.html'];

/** The site's source (tests/e2e/fixtures/npm-app) with a golden article, in the app. */
function writeSite() {
  const site = path.join(app, 'site');
  if (!existsSync(site)) {
    cpSync(path.join(root, 'tests', 'e2e', 'fixtures', 'npm-app'), site, { recursive: true });
    for (const page of PAGES) writeFileSync(path.join(site, page), readFileSync(path.join(site, page), 'utf8').replace('<!-- sample -->', sampleBody('port-strike')));
  }
  return site;
}

/**
 * Open each page of the app under `url` in Chromium: spans, a styled
 * tooltip, the panel; only `url`'s server asked.
 */
async function checkApp(url, wasmRequest) {
  for (const name of PAGES) await checkPage(new URL(name, url).href, wasmRequest, name === 'embed.html');
}

async function checkPage(url, wasmRequest, embed) {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors = watchErrors(page);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    if (embed) {
      await page.waitForSelector('.story-body [data-ae-id]');
      assert.equal(await page.evaluate(() => typeof window.articleEnrich?.destroy), 'function');
    } else {
      await page.waitForSelector('body[data-enriched]');
      assert.equal(await page.getAttribute('body', 'data-enriched'), 'true');
    }
    const people = await page.locator('.story-body .ae-person').allInnerTexts();
    assert.ok(people.includes('Sanne Jansen') && people.includes('Lukas Becker'), `${url}: ${people.join('|')}`);
    assert.ok((await page.locator('.story-body .ae-quote').count()) > 0, 'quotes are marked');

    await page.locator('.story-body .ae-person', { hasText: 'Sanne Jansen' }).first().hover();
    await page.waitForSelector('.ae-tooltip[data-state="visible"]');
    const tip = page.locator('.ae-tooltip');
    assert.match(await tip.innerText(), /Sanne Jansen/);
    assert.match(await tip.innerText(), /union.s lead negotiator/);
    // enrich.css (imported through the package) is applied to it.
    assert.equal(await tip.evaluate((el) => getComputedStyle(el).position), 'fixed');

    await page.click('.ae-panel-toggle');
    assert.match(await page.locator('.ae-panel-body').innerText(), /Our members have waited three years/);

    const origin = new URL(url).origin;
    assert.ok(requests.every((u) => u.startsWith(origin)), `only the app's own server: ${requests.join(' ')}`);
    assert.ok(requests.some((u) => wasmRequest.test(new URL(u).pathname)), `the .wasm was loaded: ${requests.join(' ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
}

test('a Vite app built from the package enriches in Chromium, with tooltips and the panel, by its own code and by the embed', async () => {
  const site = writeSite();
  const { build } = await import(pathToFileURL(viteEntry).href);
  const dist = path.join(app, 'dist');
  const input = Object.fromEntries(PAGES.map((p) => [path.basename(p, '.html'), path.join(site, p)]));
  await build({ root: site, configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, rollupOptions: { input } } });
  const assets = readdirSync(path.join(dist, 'assets'));
  assert.ok(assets.some((f) => /^article_enrich_bg-.*\.wasm$/.test(f)), `the .wasm is a build asset: ${assets.join(' ')}`);
  const server = await serve(dist);
  try {
    await checkApp(server.url, /^\/assets\/article_enrich_bg-.*\.wasm$/);
  } finally {
    server.stop();
  }
});

test('the same app under the Vite dev server (its dependency pre-bundling)', async () => {
  const site = writeSite();
  const { createServer } = await import(pathToFileURL(viteEntry).href);
  const server = await createServer({ root: site, configFile: false, logLevel: 'warn', cacheDir: path.join(app, '.vite'), server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false } });
  await server.listen();
  try {
    await checkApp(server.resolvedUrls.local[0], /article_enrich_bg\.wasm$/);
  } finally {
    await server.close();
  }
});
