// Stage the npm package article-enrich from www/ (its modules as they are,
// the WebAssembly package in www/pkg) and npm/src/ (the entry points, the
// hand-written TypeScript declarations, the README), write its package.json
// with the crate's version and licence, and `npm pack` it into target/npm/.
// Prints the tarball's path. Needs www/pkg built (.ci/build).
//
//   node npm/pack.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'target', 'npm');
const stage = path.join(out, 'package');

/** `key = "value"` of Cargo.toml's [package] table. */
export function crateField(key) {
  const toml = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const table = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const m = table && table.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml: no ${key} in [package]`);
  return m[1];
}

// The modules of the page API and the embed, and what they import.
const WWW = ['enrich.js', 'loader.js', 'guard.js', 'strings.js', 'markup.js', 'prefs.js', 'tooltip.js', 'panel.js', 'article-enrich.js', 'enrich.css'];
const PKG = ['pkg/article_enrich.js', 'pkg/article_enrich_bg.wasm'];
// The JavaScript wasm-bindgen ships beside the glue (src/wasm/dom.js, the DOM
// calls of the in-place path), under a directory named with a hash.
const SNIPPETS = 'pkg/snippets';
const SRC = ['index.js', 'index.d.ts', 'wasm.d.ts', 'wasm-node.js', 'embed.d.ts', 'README.md'];

const manifest = {
  name: 'article-enrich',
  version: crateField('version'),
  description: crateField('description'),
  license: crateField('license'),
  type: 'module',
  main: './index.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './embed': { types: './embed.d.ts', default: './article-enrich.js' },
    './wasm': { types: './wasm.d.ts', node: './wasm-node.js', default: './pkg/article_enrich.js' },
    './wasm.wasm': './pkg/article_enrich_bg.wasm',
    './enrich.css': './enrich.css',
    './package.json': './package.json',
  },
  files: [...WWW, ...PKG, `${SNIPPETS}/`, ...SRC.filter((f) => f !== 'README.md')],
  // The embed starts itself on import and the Node build initialises the
  // module; CSS imports must be kept. Everything else is side-effect free.
  sideEffects: ['./article-enrich.js', './wasm-node.js', '*.css'],
  keywords: ['named-entity-recognition', 'quotes', 'tooltips', 'webassembly', 'journalism'],
};

/** Replace each `from` in `file`, which must occur exactly once. */
function edit(file, pairs) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of pairs) {
    const n = text.split(from).length - 1;
    if (n !== 1) throw new Error(`${path.basename(file)}: expected ${JSON.stringify(from)} once, found it ${n} times (www changed? update npm/pack.mjs)`);
    text = text.replace(from, () => to);
  }
  writeFileSync(file, text);
}

function stageFiles() {
  for (const f of PKG) {
    if (!existsSync(path.join(root, 'www', f))) throw new Error(`www/${f} is missing: run bash .ci/build first`);
  }
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(path.join(stage, 'pkg'), { recursive: true });
  for (const f of [...WWW, ...PKG]) copyFileSync(path.join(root, 'www', f), path.join(stage, f));
  // Only the snippets the glue imports (an older build's may still lie there).
  const glueText = readFileSync(path.join(root, 'www', PKG[0]), 'utf8');
  for (const [, f] of glueText.matchAll(/from '\.\/(snippets\/[^']+)'/g)) {
    mkdirSync(path.dirname(path.join(stage, 'pkg', f)), { recursive: true });
    copyFileSync(path.join(root, 'www', 'pkg', f), path.join(stage, 'pkg', f));
  }
  for (const f of SRC) copyFileSync(path.join(root, 'npm', 'src', f), path.join(stage, f));
  // For bundlers, the loader imports the glue by a literal specifier (a lazy
  // chunk they build and minify) instead of a URL computed at run time, which
  // they would copy untouched as an asset; resolved relative to loader.js
  // either way, so it is the same file without a bundler.
  edit(path.join(stage, 'loader.js'), [
    ["const PKG_URL = new URL('./pkg/article_enrich.js', import.meta.url);\n", ''],
    ['await import(PKG_URL.href)', "await import('./pkg/article_enrich.js')"],
  ]);
  // Our declarations are the package's: drop the generated ones' pointer.
  const glue = path.join(stage, 'pkg', 'article_enrich.js');
  writeFileSync(glue, readFileSync(glue, 'utf8').replace(/^\/\* @ts-self-types="[^"]*" \*\/\n/, ''));
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function pack() {
  for (const f of readdirSync(out)) if (f.endsWith('.tgz')) rmSync(path.join(out, f));
  const res = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return path.join(out, JSON.parse(res)[0].filename);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  stageFiles();
  console.log(pack());
}
