// Node bench: our WebAssembly `analyze` and compromise on the same texts, in one
// run. Prints tokens/s for each and the ratio. Figures, not a timed test.
//
//   node tests/bench/compare.mjs            # our sample articles
//   node tests/bench/compare.mjs --conll    # + CoNLL-2003 valid (needs ../shared)
//
// Tokens are whitespace-separated words of the input, counted the same way for
// both. compromise runs its named-entity and quotation views, the closest
// equivalent of our analysis.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'www', 'package.json'));
const nlp = require('compromise');
const { default: init, analyze, analyzeHtml } = await import(path.join(root, 'www', 'pkg', 'article_enrich.js'));
await init({ module_or_path: readFileSync(path.join(root, 'www', 'pkg', 'article_enrich_bg.wasm')) });

const shared = process.env.SHARED_DIR || path.join(root, '..', 'shared');
const sets = [];
const samples = readdirSync(path.join(root, 'tests', 'golden')).map((d) => path.join(root, 'tests', 'golden', d, 'source.html')).filter(existsSync);
// Plain text of our samples, through our own HTML path, so both tools read the same words.
sets.push(['samples', samples.map((f) => {
  const html = readFileSync(f, 'utf8');
  const a = analyzeHtml(html);
  return a.text;
})]);
if (process.argv.includes('--conll')) {
  const valid = path.join(shared, 'eval', 'ner', 'data', 'conll2003', 'valid.txt');
  if (!existsSync(valid)) {
    console.error(`compare: ${valid} not found (needs ../shared)`);
    process.exit(1);
  }
  const docs = [];
  let doc = [];
  let sent = [];
  for (const line of readFileSync(valid, 'utf8').split('\n')) {
    const w = line.split(' ')[0];
    if (!w || w === '-DOCSTART-') {
      if (sent.length) doc.push(sent.join(' '));
      sent = [];
      if (w === '-DOCSTART-' && doc.length) {
        docs.push(doc.join('\n'));
        doc = [];
      }
    } else sent.push(w);
  }
  if (sent.length) doc.push(sent.join(' '));
  if (doc.length) docs.push(doc.join('\n'));
  sets.push(['conll-valid', docs]);
}

function tokensOf(texts) {
  return texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
}

// Tokens/s of `fn` over `texts`, for at least `minMs`.
function timeIt(fn, texts, tokens, minMs) {
  let rounds = 0;
  const t0 = performance.now();
  do {
    for (const t of texts) fn(t);
    rounds++;
  } while (performance.now() - t0 < minMs);
  const s = (performance.now() - t0) / 1000;
  return (tokens * rounds) / s;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ours = (t) => analyze(t).entities.length;
const theirs = (t) => {
  const d = nlp(t);
  return d.people().length + d.places().length + d.organizations().length + d.quotations().length;
};
// The machine is shared: the two are timed in alternation, five rounds of a
// second each, and the median of each is reported, then the ratio of a round's
// two figures (timed under the same load) as median and range.
const ROUNDS = 5;
for (const [name, texts] of sets) {
  const tokens = tokensOf(texts);
  for (const t of texts) { ours(t); theirs(t); } // warm up
  const a = [];
  const b = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.push(timeIt(ours, texts, tokens, 1000));
    b.push(timeIt(theirs, texts, tokens, 1000));
  }
  const ratios = a.map((x, i) => x / b[i]);
  const fmt = (x) => Math.round(x).toLocaleString('en');
  console.log(`${name.padEnd(12)} article-enrich (wasm) ${fmt(median(a))} tokens/s · compromise ${fmt(median(b))} tokens/s · ratio ${(median(a) / median(b)).toFixed(1)}x (per round: median ${median(ratios).toFixed(1)}x, ${Math.min(...ratios).toFixed(1)}-${Math.max(...ratios).toFixed(1)}x)`);
}
