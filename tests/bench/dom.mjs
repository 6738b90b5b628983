// Chromium bench of the in-place DOM path: figures, not a timed test (nothing
// here fails on time). Needs ../shared and www/pkg (bash .ci/build).
//
//   node tests/bench/dom.mjs              # every corpus page, then 7 cold loads of the demo
//   node tests/bench/dom.mjs --pages N    # only the first N corpus pages
//   node tests/bench/dom.mjs --cold-slices  # also: a new context (empty cache), the module loaded as our pages load it, then enrichElementInSlices as its first enrichment (what a reader's first visit does)
//   node tests/bench/dom.mjs --no-warm-up   # load the module bare (no start-up work ahead): the first call does it all
//   BENCH_ROOT=../other-checkout node tests/bench/dom.mjs   # another build (its www/ and www/pkg)
//
// For every corpus page (served from one local origin, our module from
// another, as tests/e2e/corpus-pages.mjs does), each called from a timer
// task of the page, with the longest task a PerformanceObserver('longtask')
// saw overlapping it:
//   load    the module loaded as our pages load it (www/loader.js: import,
//           compile, then the start-up work a piece a task), start to ready;
//   first   `enrichElement(document.body)`, the module's first enrichment
//           on the page (functions used by this page but not by the
//           loader's warm-up are compiled now; with --no-warm-up, the
//           tables and model too);
//   again   the same after `unenrich`;
//   slices  `enrichElementInSlices(document.body)` after `unenrich`, start to
//           resolve (where the module has it);
//   worker  `enrichElementWith(document.body, planner)` after `unenrich`,
//           the bookmarklet's form: the analysis in a Web Worker
//           (www/planner.js, started and ready before), the walk and the
//           slices on the page's thread; start to the last span, and that
//           thread's longest task;
//   string  `enrich(document.body.outerHTML)`, the string path: what the
//           analysis alone costs in WebAssembly.
// Then the demo (www/) is
// loaded 7 times, each in a new browser context (an empty cache): the time
// from navigation to the article's enrichment, as www/demo.js marks it
// (data-ae-enriched-at, milliseconds since the navigation started).
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, root } from '../e2e/browser.mjs';

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const pagesDir = path.join(shared, 'corpus', 'pages');
if (!existsSync(pagesDir)) {
  console.error(`error: ../shared is missing (looked in ${pagesDir})`);
  process.exit(1);
}
const limitAt = process.argv.indexOf('--pages');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const COLD_LOADS = 7;
const coldSlices = process.argv.includes('--cold-slices');
const noWarmUp = process.argv.includes('--no-warm-up');

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '-');

/**
 * In the page, from a timer task: enrich the body with `form` ('sync',
 * 'slices' or 'string'), or ('load') load the module as our pages do
 * (www/loader.js: fetch, compile, the start-up work in pieces); time it and
 * the longest overlapping task.
 */
async function enrichInPage([form, loaderUrl]) {
  const m = window.__aeModule;
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  const run = () =>
    new Promise((resolve, reject) => {
      setTimeout(async () => {
        try {
          const t0 = performance.now();
          let n;
          if (form === 'load') {
            const loader = await import(loaderUrl);
            window.__aeModule = await loader.loadModule();
            n = typeof window.__aeModule.enrichElementInSlices === 'function' ? 'slices' : 'sync';
          } else if (form === 'sync') n = m.enrichElement(document.body);
          else if (form === 'slices') n = await m.enrichElementInSlices(document.body);
          else if (form === 'worker') n = await m.enrichElementWith(document.body, undefined, window.__aePlanner);
          else n = m.enrich(window.__aeHtml).length;
          resolve({ n, t0, t1: performance.now() });
        } catch (e) {
          reject(e);
        }
      }, 0);
    });
  const { n, t0, t1 } = await run();
  // Long-task entries are queued after their task ends.
  await new Promise((r) => setTimeout(r, 120));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const overlapping = tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0);
  return { n, ms: t1 - t0, longest: overlapping.reduce((a, t) => Math.max(a, t.duration), 0) };
}

const pagesServer = await serve(pagesDir);
const ourServer = await serve(process.env.BENCH_ROOT ? path.resolve(process.env.BENCH_ROOT) : root);
const browser = await launch();
try {
  const names = readdirSync(pagesDir)
    .filter((n) => existsSync(path.join(pagesDir, n, 'source.html')))
    .sort()
    .slice(0, limit);
  const context = await browser.newContext();
  const allowed = [pagesServer.url, ourServer.url];
  await context.route('**/*', (route) => (allowed.some((u) => route.request().url().startsWith(u)) ? route.continue() : route.abort()));
  const rows = [];
  const refused = [];
  const failed = [];
  for (const name of names) {
    const page = await context.newPage();
    try {
      await page.goto(`${pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
      if (!(await page.evaluate(() => !!document.body))) continue;
      const row = { name, chars: await page.evaluate(() => document.body.textContent.length) };
      let loaded;
      if (noWarmUp) {
        loaded = await page.evaluate(async (moduleUrl) => {
          try {
            const m = await import(moduleUrl);
            await m.default();
            window.__aeModule = m;
            return typeof m.enrichElementInSlices === 'function' ? 'slices' : 'sync';
          } catch (e) {
            return `refused: ${e && e.message ? e.message : e}`;
          }
        }, `${ourServer.url}www/pkg/article_enrich.js`);
      } else {
        row.load = await page.evaluate(enrichInPage, ['load', `${ourServer.url}www/loader.js`]).catch((e) => ({ n: `refused: ${e.message}` }));
        loaded = row.load.n;
      }
      if (loaded.startsWith('refused')) {
        refused.push(name);
        delete row.load;
        continue;
      }
      row.sync = await page.evaluate(enrichInPage, ['sync']);
      await page.evaluate(() => window.__aeModule.unenrich(document.body));
      row.again = await page.evaluate(enrichInPage, ['sync']);
      await page.evaluate(() => window.__aeModule.unenrich(document.body));
      if (loaded === 'slices') {
        row.slices = await page.evaluate(enrichInPage, ['slices']);
        await page.evaluate(() => window.__aeModule.unenrich(document.body));
      }
      // The analysis in a worker (www/planner.js), started and ready first,
      // as the bookmarklet uses it: the walk and the slices on this thread.
      const planner = await page.evaluate(async (u) => !!(window.__aePlanner = await (await import(u)).startPlanner()), `${ourServer.url}www/planner.js`);
      if (planner && (await page.evaluate(() => typeof window.__aeModule.enrichElementWith)) === 'function') {
        row.worker = await page.evaluate(enrichInPage, ['worker']);
        await page.evaluate(() => window.__aeModule.unenrich(document.body));
      }
      await page.evaluate(() => (window.__aeHtml = document.body.outerHTML));
      row.string = await page.evaluate(enrichInPage, ['string']);
      if (coldSlices && loaded === 'slices') {
        // A new context (empty cache, so no compiled code cached either): the
        // module loaded as our pages load it, then the sliced form as its
        // first enrichment, as on a reader's first visit.
        const fresh = await browser.newContext();
        await fresh.route('**/*', (route) => (allowed.some((u) => route.request().url().startsWith(u)) ? route.continue() : route.abort()));
        const coldPage = await fresh.newPage();
        await coldPage.goto(`${pagesServer.url}${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
        await coldPage.evaluate(async ([moduleUrl, loaderUrl]) => {
          if (loaderUrl) {
            window.__aeModule = await (await import(loaderUrl)).loadModule();
            return;
          }
          const m = await import(moduleUrl);
          await m.default();
          window.__aeModule = m;
        }, [`${ourServer.url}www/pkg/article_enrich.js`, noWarmUp ? null : `${ourServer.url}www/loader.js`]);
        row.coldSlices = await coldPage.evaluate(enrichInPage, ['slices']);
        await fresh.close();
      }
      rows.push(row);
    } catch (e) {
      failed.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  await context.close();

  console.log(`DOM path bench: ${rows.length} corpus pages (${refused.length} refuse our module by CSP: ${refused.join(', ') || 'none'}; ${failed.length} failed${failed.length ? `: ${failed.join(' | ')}` : ''})`);
  const report = (label, key) => {
    const got = rows.filter((r) => r[key]);
    if (!got.length) return;
    const t = got.map((r) => r[key].ms);
    const long = got.map((r) => r[key].longest);
    const worst = got.reduce((a, r) => (r[key].ms > a[key].ms ? r : a));
    const worstTask = got.reduce((a, r) => (r[key].longest > a[key].longest ? r : a));
    console.log(`${label}: median ${ms(median(t))}, p95 ${ms(quantile(t, 0.95))}, max ${ms(Math.max(...t))} (${worst.name}); ` +
      `longest task per page: median ${ms(median(long))}, p95 ${ms(quantile(long, 0.95))}, max ${ms(worstTask[key].longest)} (${worstTask.name}); ` +
      `pages with a task over 50 ms: ${long.filter((x) => x > 50).length}/${got.length}${key === 'string' || key === 'load' ? '' : `; spans ${got.reduce((a, r) => a + r[key].n, 0)}`}`);
  };
  report('load (www/loader.js, start-up work in pieces)', 'load');
  report(`enrichElement(body), first call${noWarmUp ? ' (module loaded bare)' : ''}`, 'sync');
  report('enrichElement(body), again', 'again');
  report('enrichElementInSlices(body)', 'slices');
  report('enrichElementWith(body, planner in a worker), the bookmarklet\'s form: time to the last span; the tasks are this thread\'s', 'worker');
  report(`enrichElementInSlices(body), first enrichment in a new context${noWarmUp ? ' (module loaded bare)' : ''}`, 'coldSlices');
  report('string path enrich(body.outerHTML)', 'string');
  if (process.env.BENCH_VERBOSE) {
    for (const r of rows) console.log(`  ${r.name}: ${r.chars} chars; ${['load', 'sync', 'again', 'slices', 'worker', 'coldSlices', 'string'].filter((k) => r[k]).map((k) => `${k} ${ms(r[k].ms)} (task ${ms(r[k].longest)})`).join(', ')}`);
  }

  // Cold loads of the demo.
  const cold = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await ctx.route('**/*', (route) => (route.request().url().startsWith(ourServer.url) ? route.continue() : route.abort()));
    const page = await ctx.newPage();
    await page.goto(`${ourServer.url}www/`);
    await page.waitForSelector('#article [data-ae-id]');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ae-enriched-at'));
    cold.push(Number(await page.evaluate(() => document.documentElement.getAttribute('data-ae-enriched-at'))));
    await ctx.close();
  }
  console.log(`demo, navigation to enriched article (new context, empty cache, ${COLD_LOADS} loads): median ${ms(median(cold))} (${cold.map((x) => x.toFixed(0)).join(', ')})`);
} finally {
  await browser.close();
  pagesServer.stop();
  ourServer.stop();
}
