// The edge worker's cost: requests/s and latency through workerd
// (edge/config.capnp, as shipped) against the origin alone, with a bounded
// load: a fixed number of requests from this one process, a few at a time,
// the pages taken in turn. The origin runs in a child process.
//
//   node tests/bench/edge.mjs                 # our samples (tests/golden/*)
//   node tests/bench/edge.mjs --corpus        # ../shared/corpus/pages/* (fails if missing)
//   options: --requests 500 --concurrency 4
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

/** The pages: [path on the origin, file]. */
function pageFiles(corpus) {
  if (corpus) {
    const dir = path.join(process.env.SHARED_DIR || path.resolve(root, '..', 'shared'), 'corpus', 'pages');
    if (!existsSync(dir)) throw new Error(`../shared is missing (looked for ${dir}); the corpus bench needs it`);
    return readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'source.html'))).sort().map((n) => [`/pages/${n}`, path.join(dir, n, 'source.html')]);
  }
  const dir = path.join(root, 'tests', 'golden');
  return readdirSync(dir).sort().map((n) => [`/news/${n}`, path.join(dir, n, 'source.html')]);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (x) => `${x.toFixed(2)} ms`;

/** `n` GET requests over `paths` in turn, `c` at a time. Returns { wall, samples: [{ path, t, why }] }. */
async function load(base, paths, n, c) {
  const samples = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async () => {
      for (let i = next++; i < n; i = next++) {
        const p = paths[i % paths.length];
        const s = performance.now();
        const res = await fetch(base + p);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
        samples.push({ path: p, t: performance.now() - s, why: res.headers.get('x-article-enrich') || '' });
      }
    }),
  );
  return { wall: (performance.now() - t0) / 1000, samples };
}

async function main() {
  const { startWorkerd } = await import('../e2e/edge-env.mjs');
  const corpus = args.includes('--corpus');
  const n = Number(opt('requests', '500'));
  const c = Number(opt('concurrency', '4'));
  const files = pageFiles(corpus);
  const paths = files.map(([p]) => p);
  const child = fork(fileURLToPath(import.meta.url), ['--origin-child', ...(corpus ? ['--corpus'] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the origin exited with ${code}`)));
  });
  const wd = await startWorkerd('edge/config.capnp', ['http'], port);
  try {
    const originUrl = `http://127.0.0.1:${port}`;
    // Warm both (the worker's module is compiled on its first page), and learn what the worker does with each page.
    await load(originUrl, paths, paths.length, c);
    const warm = await load(wd.urls.http, paths, paths.length, c);
    const enriched = new Set(warm.samples.filter((s) => s.why.startsWith('enriched')).map((s) => s.path));
    const bytes = files.reduce((a, [, f]) => a + readFileSync(f).length, 0);
    const runs = {};
    // Alternate origin and worker twice, so a neighbour's burst of work hits both alike; the figures are the second round's.
    for (let round = 0; round < 2; round++) {
      runs.origin = await load(originUrl, paths, n, c);
      runs.worker = await load(wd.urls.http, paths, n, c);
    }
    const lat = (run, only) => run.samples.filter((s) => !only || only.has(s.path)).map((s) => s.t).sort((a, b) => a - b);
    const perPage = (only) => {
      // Added latency of a page: its median through the worker minus its median at the origin.
      const med = (run, p) => pct(run.samples.filter((s) => s.path === p).map((s) => s.t).sort((a, b) => a - b), 50);
      return paths.filter((p) => !only || only.has(p)).map((p) => med(runs.worker, p) - med(runs.origin, p)).sort((a, b) => a - b);
    };
    console.log(`edge bench: ${files.length} pages (${corpus ? 'corpus' : 'our samples'}, ${(bytes / files.length / 1024).toFixed(1)} KB on average; ${enriched.size} enriched, the rest passed through), ${n} requests, ${c} at a time, one client process`);
    for (const [name, run] of Object.entries(runs)) {
      const all = lat(run);
      console.log(`  ${name.padEnd(6)} ${(n / run.wall).toFixed(1).padStart(7)} req/s   latency p50 ${ms(pct(all, 50))}, p95 ${ms(pct(all, 95))}`);
    }
    const passed = new Set(paths.filter((p) => !enriched.has(p)));
    for (const [label, only] of [['every page', null], ['enriched pages', enriched], ['pages passed through', passed]]) {
      const added = perPage(only);
      if (!added.length) continue;
      const w = lat(runs.worker, only);
      const o = lat(runs.origin, only);
      console.log(`  added by the worker, ${label} (${added.length}): per page (median through the worker - median at the origin) p50 ${ms(pct(added, 50))}, p95 ${ms(pct(added, 95))}; over requests p50 ${ms(pct(w, 50) - pct(o, 50))}, p95 ${ms(pct(w, 95) - pct(o, 95))}`);
    }
  } finally {
    await wd.stop();
    child.kill();
  }
}

if (args[0] === '--origin-child') {
  // The origin, in its own process so that it does not share this one's event loop.
  const { startOrigin } = await import('../e2e/edge-env.mjs');
  const files = pageFiles(args.includes('--corpus'));
  const origin = await startOrigin(new Map(files.map(([p, f]) => [p, { body: readFileSync(f), type: 'text/html' }])));
  process.send({ port: origin.port });
} else {
  await main();
}
